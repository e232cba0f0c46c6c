using DlRadiomics.Numerics;
using DlRadiomics.Statistics.RocAnalysis;
using MathNet.Numerics;

namespace DlRadiomics.Statistics.Agreement;

/// <summary>
/// Intraclass correlation coefficients for intra- and inter-observer agreement, reproducing psych::ICC (ANOVA
/// estimates; irr::icc uses the same formulas but is not a Debian package, so the tests check against psych).
/// </summary>
/// <remarks>
/// From the mean squares of <see cref="IccResult"/> (MSR, MSC, MSE, MSW; n subjects, k raters):
/// ICC(1,1) = (MSR − MSW)/(MSR + (k−1)MSW); ICC(2,1) = (MSR − MSE)/(MSR + (k−1)MSE + k(MSC − MSE)/n);
/// ICC(3,1) = (MSR − MSE)/(MSR + (k−1)MSE); ICC(1,k) = (MSR − MSW)/MSR; ICC(2,k) = (MSR − MSE)/(MSR + (MSC − MSE)/n);
/// ICC(3,k) = (MSR − MSE)/MSR.
/// F tests: ICC1 forms use F = MSR/MSW on (n−1, n(k−1)) df, the others F = MSR/MSE on (n−1, (n−1)(k−1)) df; p is
/// the upper tail. Intervals: Shrout &amp; Fleiss for forms 1 and 3 (F/F_{1−α/2} bounds); for form 2 McGraw &amp; Wong's
/// approximation with Satterthwaite df v = (k−1)(n−1)(kρFj + n(1+(k−1)ρ) − kρ)² / ((n−1)k²ρ²Fj² + (n(1+(k−1)ρ) − kρ)²),
/// Fj = MSC/MSE, ρ = ICC(2,1); average-measure bounds by Spearman–Brown (form 2) or 1 − 1/F (forms 1, 3).
/// </remarks>
public static class IntraclassCorrelation
{
    /// <summary>ICCs from long-format data: one row per (subject, rater, value); NaN values count as missing.</summary>
    /// <exception cref="StatisticsInputException">Lengths differ, a (subject, rater) pair repeats, a rating is missing (with <see cref="IccMissingRatings.Error"/>), fewer than 2 subjects or raters, or no variance (<see cref="UndefinedStatisticException"/>).</exception>
    public static IccResult Compute(IReadOnlyList<string> subjects, IReadOnlyList<string> raters, IReadOnlyList<double> values, IccOptions? options = null)
    {
        options ??= new IccOptions();
        if (subjects.Count != raters.Count || subjects.Count != values.Count)
            throw new StatisticsInputException($"long-format ICC data needs equal lengths, got {subjects.Count} subjects, {raters.Count} raters, {values.Count} values");
        var subjectIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var raterIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in subjects) subjectIndex.TryAdd(s, subjectIndex.Count);
        foreach (var r in raters) raterIndex.TryAdd(r, raterIndex.Count);
        var wide = new double[subjectIndex.Count][];
        for (int i = 0; i < wide.Length; i++) wide[i] = Enumerable.Repeat(double.NaN, raterIndex.Count).ToArray();
        var seen = new HashSet<(int, int)>();
        for (int row = 0; row < values.Count; row++)
        {
            int i = subjectIndex[subjects[row]], j = raterIndex[raters[row]];
            if (!seen.Add((i, j)))
                throw new StatisticsInputException($"subject '{subjects[row]}' has more than one rating by rater '{raters[row]}' (row {row}); give one value per subject and rater");
            if (double.IsInfinity(values[row]))
                throw new StatisticsInputException($"row {row}: the rating of subject '{subjects[row]}' by rater '{raters[row]}' is {values[row]}");
            wide[i][j] = values[row];
        }
        return FromMatrix(wide, subjectIndex.Keys.ToArray(), raterIndex.Keys.ToArray(), options);
    }

    /// <summary>ICCs from a subjects × raters matrix (rows subjects); NaN marks a missing rating.</summary>
    public static IccResult FromMatrix(IReadOnlyList<IReadOnlyList<double>> ratings, IReadOnlyList<string>? subjectNames = null, IReadOnlyList<string>? raterNames = null, IccOptions? options = null)
    {
        options ??= new IccOptions();
        DeLong.CheckLevel(options.Level);
        int k = ratings.Count == 0 ? 0 : ratings[0].Count;
        string SubjectName(int i) => subjectNames?[i] ?? $"#{i + 1}";
        string RaterName(int j) => raterNames?[j] ?? $"#{j + 1}";
        var complete = new List<IReadOnlyList<double>>();
        var dropped = new List<string>();
        for (int i = 0; i < ratings.Count; i++)
        {
            if (ratings[i].Count != k) throw new StatisticsInputException($"subject {SubjectName(i)} has {ratings[i].Count} ratings, the first subject {k}");
            int missing = Enumerable.Range(0, k).FirstOrDefault(j => double.IsNaN(ratings[i][j]), -1);
            if (missing < 0) { complete.Add(ratings[i]); continue; }
            if (options.Missing == IccMissingRatings.Error)
                throw new StatisticsInputException($"subject '{SubjectName(i)}' has no rating from rater '{RaterName(missing)}'; supply it or choose IccMissingRatings.DropSubject (listwise deletion)");
            dropped.Add(SubjectName(i));
        }
        int n = complete.Count;
        if (n < 2 || k < 2)
            throw new StatisticsInputException($"an ICC needs at least 2 subjects and 2 raters with complete ratings, got {n} subjects and {k} raters");
        return Estimate(complete, n, k, dropped, options.Level);
    }

    private static IccResult Estimate(List<IReadOnlyList<double>> y, int n, int k, List<string> dropped, double level)
    {
        double grand = y.Sum(r => r.Sum()) / (n * k);
        var rowMeans = y.Select(r => r.Average()).ToArray();
        var colMeans = Enumerable.Range(0, k).Select(j => y.Average(r => r[j])).ToArray();
        double ssr = k * rowMeans.Sum(m => (m - grand) * (m - grand));
        double ssc = n * colMeans.Sum(m => (m - grand) * (m - grand));
        double sse = 0, ssw = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < k; j++)
            {
                double e = y[i][j] - rowMeans[i] - colMeans[j] + grand;
                double w = y[i][j] - rowMeans[i];
                sse += e * e;
                ssw += w * w;
            }
        double msr = ssr / (n - 1), msc = ssc / (k - 1), mse = sse / ((n - 1) * (k - 1)), msw = ssw / (n * (k - 1));
        if (msr == 0 && msw == 0)
            throw new UndefinedStatisticException("every rating is the same, so the ICC is undefined (no variance between or within subjects)");
        if (mse == 0 || msw == 0)
            throw new UndefinedStatisticException("the raters agree exactly on every subject (residual variance 0), so the F tests and intervals are undefined; the ICC is 1");

        double q = 1 - (1 - level) / 2;
        double icc1 = (msr - msw) / (msr + (k - 1) * msw);
        double icc2 = (msr - mse) / (msr + (k - 1) * mse + k * (msc - mse) / n);
        double icc3 = (msr - mse) / (msr + (k - 1) * mse);

        double f1 = msr / msw, df1a = n - 1, df1b = n * (k - 1);
        double f3 = msr / mse, df3a = n - 1, df3b = (n - 1) * (k - 1);
        double p1 = Distributions.FUpperTail(f1, df1a, df1b), p3 = Distributions.FUpperTail(f3, df3a, df3b);

        double f1Lower = f1 / Distributions.FQuantile(q, df1a, df1b), f1Upper = f1 * Distributions.FQuantile(q, df1b, df1a);
        double f3Lower = f3 / Distributions.FQuantile(q, df3a, df3b), f3Upper = f3 * Distributions.FQuantile(q, df3b, df3a);

        double fj = msc / mse;
        double a = n * (1 + (k - 1) * icc2) - k * icc2;
        double v = (k - 1) * (n - 1) * Math.Pow(k * icc2 * fj + a, 2) / ((n - 1) * k * k * icc2 * icc2 * fj * fj + a * a);
        double fu = Distributions.FQuantile(q, n - 1, v), fl = Distributions.FQuantile(q, v, n - 1);
        double denominator = k * msc + (k * n - k - n) * mse;
        double l2 = n * (msr - fu * mse) / (fu * denominator + n * msr);
        double u2 = n * (fl * msr - mse) / (denominator + n * fl * msr);
        double SpearmanBrown(double r) => r * k / (1 + r * (k - 1));

        IccEstimate E(IccForm form, double value, double f, double da, double db, double p, double lo, double hi) =>
            new(form, value, f, da, db, p, level, lo, hi);
        var estimates = new[]
        {
            E(IccForm.Icc1, icc1, f1, df1a, df1b, p1, (f1Lower - 1) / (f1Lower + k - 1), (f1Upper - 1) / (f1Upper + k - 1)),
            E(IccForm.Icc2, icc2, f3, df3a, df3b, p3, l2, u2),
            E(IccForm.Icc3, icc3, f3, df3a, df3b, p3, (f3Lower - 1) / (f3Lower + k - 1), (f3Upper - 1) / (f3Upper + k - 1)),
            E(IccForm.Icc1k, (msr - msw) / msr, f1, df1a, df1b, p1, 1 - 1 / f1Lower, 1 - 1 / f1Upper),
            E(IccForm.Icc2k, (msr - mse) / (msr + (msc - mse) / n), f3, df3a, df3b, p3, SpearmanBrown(l2), SpearmanBrown(u2)),
            E(IccForm.Icc3k, (msr - mse) / msr, f3, df3a, df3b, p3, 1 - 1 / f3Lower, 1 - 1 / f3Upper),
        };
        return new IccResult(n, k, dropped, msr, msc, mse, msw, estimates);
    }
}
