namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Which test compares a categorical variable between groups.</summary>
public enum CategoricalTestPolicy
{
    /// <summary>The studies' rule: chi-square, but Fisher's exact test when any expected count is below the minimum.</summary>
    ChiSquareElseFisherForSmallExpected,
    /// <summary>Pearson chi-square always.</summary>
    ChiSquare,
    /// <summary>Fisher's exact test always.</summary>
    FisherExact,
}
