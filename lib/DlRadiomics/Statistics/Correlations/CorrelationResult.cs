namespace DlRadiomics.Statistics.Correlations;

/// <summary>A correlation coefficient with its two-sided p-value for H₀: no correlation.</summary>
public sealed record CorrelationResult(CorrelationMethod Method, double Coefficient, double PValue, int Count);
