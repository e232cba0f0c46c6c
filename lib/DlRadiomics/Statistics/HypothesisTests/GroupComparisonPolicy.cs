namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Settings that choose the test for each variable of a baseline table.</summary>
/// <param name="Continuous">Rule for continuous variables.</param>
/// <param name="Categorical">Rule for categorical variables.</param>
/// <param name="NormalityAlpha">Shapiro–Wilk p below this means "not normal".</param>
/// <param name="MinimumExpectedCount">Expected count under which Fisher's exact test replaces chi-square.</param>
/// <param name="Yates">Yates' continuity correction for 2×2 chi-square tests (SPSS's "Pearson" row is uncorrected, R's default corrected).</param>
/// <param name="EqualVarianceTTest">True: Student's t; false: Welch's t when the normality rule picks a t-test.</param>
/// <param name="MannWhitney">How the Mann–Whitney p-value is computed.</param>
public sealed record GroupComparisonPolicy(
    ContinuousTestPolicy Continuous = ContinuousTestPolicy.NormalityThenTTestElseRankTest,
    CategoricalTestPolicy Categorical = CategoricalTestPolicy.ChiSquareElseFisherForSmallExpected,
    double NormalityAlpha = 0.05,
    double MinimumExpectedCount = 5,
    bool Yates = false,
    bool EqualVarianceTTest = true,
    MannWhitneyMethod MannWhitney = MannWhitneyMethod.Asymptotic)
{
    /// <summary>The rule of the studies' methods sections.</summary>
    public static GroupComparisonPolicy Paper { get; } = new();
}
