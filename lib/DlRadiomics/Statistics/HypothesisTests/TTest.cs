using DlRadiomics.Numerics;

namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Two-sample t-tests as <c>scipy.stats.ttest_ind</c> and R <c>t.test</c>.</summary>
/// <remarks>
/// Student: s²ₚ = ((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2), t = (x̄−ȳ)/(sₚ√(1/n₁+1/n₂)), df = n₁+n₂−2.
/// Welch: t = (x̄−ȳ)/√(s₁²/n₁+s₂²/n₂), df = (v₁+v₂)²/(v₁²/(n₁−1)+v₂²/(n₂−1)) with vᵢ = sᵢ²/nᵢ.
/// p = 2·P(T_df ≥ |t|) = I_{df/(df+t²)}(df/2, ½).
/// </remarks>
public static class TTest
{
    /// <summary>Student's t-test assuming equal variances (<c>ttest_ind(x, y)</c>, <c>t.test(var.equal=TRUE)</c>).</summary>
    public static TTestResult Student(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var (mx, my, vx, vy) = Moments(x, y, "Student's t-test");
        int nx = x.Count, ny = y.Count;
        double df = nx + ny - 2;
        double pooled = ((nx - 1) * vx + (ny - 1) * vy) / df;
        double se = Math.Sqrt(pooled * (1.0 / nx + 1.0 / ny));
        return Finish(mx, my, se, df, true);
    }

    /// <summary>Welch's unequal-variance t-test (<c>ttest_ind(x, y, equal_var=False)</c>, R's default <c>t.test</c>).</summary>
    public static TTestResult Welch(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var (mx, my, vx, vy) = Moments(x, y, "Welch's t-test");
        double ax = vx / x.Count, ay = vy / y.Count;
        double df = (ax + ay) * (ax + ay) / (ax * ax / (x.Count - 1) + ay * ay / (y.Count - 1));
        return Finish(mx, my, Math.Sqrt(ax + ay), df, false);
    }

    private static (double, double, double, double) Moments(IReadOnlyList<double> x, IReadOnlyList<double> y, string test)
    {
        SampleStatistics.Require(x, "x", 2, test);
        SampleStatistics.Require(y, "y", 2, test);
        double vx = SampleStatistics.Variance(x), vy = SampleStatistics.Variance(y);
        if (vx == 0 && vy == 0)
            throw new StatisticsInputException($"{test}: both samples are constant (variance 0), the t statistic is undefined.");
        return (SampleStatistics.Mean(x), SampleStatistics.Mean(y), vx, vy);
    }

    private static TTestResult Finish(double mx, double my, double se, double df, bool equal)
    {
        double t = (mx - my) / se;
        return new TTestResult(t, df, Distributions.StudentTTwoSided(t, df), mx, my, equal);
    }
}
