using DlRadiomics.Numerics;
using DlRadiomics.Statistics.Regression;

namespace DlRadiomics.Statistics.Calibration;

/// <summary>Calibration intercept and slope by logistic recalibration, Brier score and smooth-curve errors, as <c>rms::val.prob</c>.</summary>
/// <remarks>
/// Recalibration: maximum-likelihood fit of logit P(y = 1) = a + b·logit(pᵢ). Smooth: lowess(p, y, f = 2/3, iter = 0);
/// its value at each pᵢ by linear interpolation (ties in p averaged, as <c>approx(ties = mean)</c>); errors |pᵢ − smooth(pᵢ)|.
/// </remarks>
public static class CalibrationStatistics
{
    public static CalibrationStatisticsResult Compute(IReadOnlyList<double> predicted, IReadOnlyList<int> outcome)
    {
        CalibrationInput.Validate(predicted, outcome, "calibration statistics", openInterval: true);
        int n = outcome.Count;
        var logit = new double[n, 1];
        for (int i = 0; i < n; i++) logit[i, 0] = Logistic.Logit(predicted[i]);
        LogisticRegressionModel fit;
        try { fit = LogisticRegression.Fit(logit, outcome, ["logit"]); }
        catch (LogisticFitException e)
        {
            throw new StatisticsInputException($"calibration statistics: the logistic recalibration of y on logit(p) failed — the predictions separate the outcomes perfectly, so intercept and slope are infinite ({e.Problem}).", e);
        }

        var smooth = Lowess.Smooth(predicted, outcome.Select(v => (double)v).ToArray(), new LowessOptions(Iterations: 0));
        var (xs, ys) = CollapseTies(smooth.X, smooth.Y);
        var errors = predicted.Select(p => Math.Abs(p - Interpolate(xs, ys, p))).ToArray();
        var sorted = errors.OrderBy(e => e).ToArray();
        return new CalibrationStatisticsResult(fit.Coefficients[0].Estimate, fit.Coefficients[1].Estimate,
            BrierScore.Compute(predicted, outcome), errors.Max(), errors.Average(), Quantiles.Type7(sorted, 0.9));
    }

    private static (double[] X, double[] Y) CollapseTies(double[] x, double[] y)
    {
        var xs = new List<double>(); var ys = new List<double>();
        for (int i = 0; i < x.Length;)
        {
            int j = i; double s = 0;
            while (j < x.Length && x[j] == x[i]) s += y[j++];
            xs.Add(x[i]); ys.Add(s / (j - i));
            i = j;
        }
        return (xs.ToArray(), ys.ToArray());
    }

    private static double Interpolate(double[] x, double[] y, double v)
    {
        int hi = Array.BinarySearch(x, v);
        if (hi >= 0) return y[hi];
        hi = ~hi;
        if (hi == 0) return y[0];
        if (hi == x.Length) return y[^1];
        double t = (v - x[hi - 1]) / (x[hi] - x[hi - 1]);
        return y[hi - 1] + t * (y[hi] - y[hi - 1]);
    }
}
