using DlRadiomics.Statistics.Correlations;

namespace DlRadiomics.Statistics.Selection;

/// <summary>Settings of <see cref="RadiomicsSignature.Fit"/>, the papers' defaults.</summary>
/// <param name="Alpha">Mann–Whitney screen: keep features with p below this.</param>
/// <param name="Correlation">Redundancy: of features with |Spearman ρ| above this, one is kept (greedy removal of the most redundant).</param>
/// <param name="Folds">Folds of the LASSO's cross-validation.</param>
/// <param name="Alphas">Length of the LASSO's α grid.</param>
/// <param name="Components">When above 0, the features are first reduced to this many principal components (fitted on
/// the training rows), as the paper does with its 2048 deep features (32 components).</param>
public sealed record SignatureOptions(double Alpha = 0.05, double Correlation = 0.9, int Folds = 10, int Alphas = 100, int Components = 0);
