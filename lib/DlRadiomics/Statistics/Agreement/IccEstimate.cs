namespace DlRadiomics.Statistics.Agreement;

/// <summary>One intraclass correlation with its F test of H₀: ICC = 0 (upper-tail p) and confidence interval.</summary>
public sealed record IccEstimate(
    IccForm Form,
    double Value,
    double F,
    double Df1,
    double Df2,
    double PValue,
    double Level,
    double Lower,
    double Upper);
