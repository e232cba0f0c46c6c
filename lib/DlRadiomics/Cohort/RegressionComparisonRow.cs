namespace DlRadiomics.Cohort;

/// <summary>One variable of Table 3: the paper's odds ratios and p-values beside ours (empty where a model did not include it).</summary>
public sealed record RegressionComparisonRow(string Variable, string PaperUnivariate, string OursUnivariate, string PaperUnivariateP, string OursUnivariateP,
    string PaperMultivariable, string OursMultivariable, string PaperMultivariableP, string OursMultivariableP, string Note);
