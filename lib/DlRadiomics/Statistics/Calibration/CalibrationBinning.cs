namespace DlRadiomics.Statistics.Calibration;

/// <summary>How predicted probabilities are grouped for a binned calibration curve (scikit-learn's <c>strategy</c>).</summary>
public enum CalibrationBinning
{
    /// <summary>Edges at the 0, 1/k, …, 1 quantiles (type 7) of the predictions: bins of nearly equal size.</summary>
    Quantile,
    /// <summary>Edges at 0, 1/k, …, 1.</summary>
    Uniform,
}
