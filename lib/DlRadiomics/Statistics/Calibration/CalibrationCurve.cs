using DlRadiomics.Numerics;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Calibration;

/// <summary>Calibration curves: observed event rate against predicted probability.</summary>
public static class CalibrationCurve
{
    /// <summary>
    /// <see cref="Binned(IReadOnlyList{double}, IReadOnlyList{int}, int, CalibrationBinning)"/> of the
    /// <paramref name="predicted"/> column against the <paramref name="outcome"/> column of a table, with the
    /// missing-value rule and outcome coding of <see cref="FeatureMatrix"/>.
    /// </summary>
    public static BinnedCalibration Binned(DataFrame data, string predicted, string outcome, int bins = 10, CalibrationBinning binning = CalibrationBinning.Quantile,
        MissingValuePolicy missing = MissingValuePolicy.ListwiseDeletion, string? positive = null)
    {
        var m = FeatureMatrix.From(data, [predicted], outcome, missing, positive);
        return new BinnedCalibration(Binned(m.Column(predicted), m.Outcome!, bins, binning), m.RowsDropped);
    }

    /// <summary>Binned curve as <c>sklearn.calibration.calibration_curve</c>: a prediction equal to an inner edge
    /// falls in the lower bin; empty bins are left out.</summary>
    public static IReadOnlyList<CalibrationBin> Binned(IReadOnlyList<double> predicted, IReadOnlyList<int> outcome, int bins = 10, CalibrationBinning binning = CalibrationBinning.Quantile)
    {
        CalibrationInput.Validate(predicted, outcome, "calibration curve", openInterval: false);
        if (bins < 1) throw new StatisticsInputException($"calibration curve: bins must be ≥ 1, got {bins}.");
        var sorted = predicted.OrderBy(v => v).ToArray();
        var edges = Enumerable.Range(0, bins + 1)
            .Select(k => binning == CalibrationBinning.Quantile ? Quantiles.Type7(sorted, (double)k / bins) : (double)k / bins).ToArray();
        var sumP = new double[bins]; var sumY = new double[bins]; var count = new int[bins];
        for (int i = 0; i < predicted.Count; i++)
        {
            int b = 0;
            while (b < bins - 1 && predicted[i] > edges[b + 1]) b++;
            sumP[b] += predicted[i]; sumY[b] += outcome[i]; count[b]++;
        }
        return Enumerable.Range(0, bins).Where(b => count[b] > 0)
            .Select(b => new CalibrationBin(sumP[b] / count[b], sumY[b] / count[b], count[b])).ToArray();
    }

    /// <summary>Smoothed curve: <see cref="Lowess"/> of the 0/1 outcome on the prediction (R <c>lowess(p, y)</c>).</summary>
    public static LowessResult Smoothed(IReadOnlyList<double> predicted, IReadOnlyList<int> outcome, LowessOptions? options = null)
    {
        CalibrationInput.Validate(predicted, outcome, "calibration curve", openInterval: false);
        return Lowess.Smooth(predicted, outcome.Select(v => (double)v).ToArray(), options);
    }
}
