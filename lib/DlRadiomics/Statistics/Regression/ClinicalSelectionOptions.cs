namespace DlRadiomics.Statistics.Regression;

/// <summary>Settings of <see cref="ClinicalSelection.Run"/>.</summary>
/// <param name="EntryPValue">A predictor is a candidate when a univariate term has p below this.</param>
/// <param name="MinimumLevelCount">Least events and non-events per level (<see cref="SparseFactorCheck"/>); a two-level factor below it is excluded.</param>
/// <param name="Top">How many candidates, by AUC, enter the clinical model.</param>
/// <param name="Design">Factor coding and reference levels.</param>
public sealed record ClinicalSelectionOptions(double EntryPValue = 0.05, int MinimumLevelCount = 5, int Top = 5, DesignOptions? Design = null);
