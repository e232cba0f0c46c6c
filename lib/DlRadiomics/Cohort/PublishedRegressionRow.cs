namespace DlRadiomics.Cohort;

/// <summary>One row of Table 3 of Fan et al. 2024 as printed, with the column of our clinical table it concerns.</summary>
/// <param name="Variable">Variable as the paper names it.</param>
/// <param name="Column">Our column (for a binary variable its 0/1 column, e.g. <c>MMFISevere</c>).</param>
/// <param name="UnivariateOddsRatio">"OR(lower–upper)" as printed.</param>
/// <param name="UnivariateP">p as printed.</param>
/// <param name="MultivariateOddsRatio">As printed; empty when the variable did not enter.</param>
/// <param name="MultivariateP">As printed; empty when the variable did not enter.</param>
/// <param name="Note">Why our value cannot be compared with the paper's, when it cannot (inconsistent or unstated in the paper); empty otherwise.</param>
public sealed record PublishedRegressionRow(string Variable, string Column, string UnivariateOddsRatio, string UnivariateP,
    string MultivariateOddsRatio, string MultivariateP, string Note);
