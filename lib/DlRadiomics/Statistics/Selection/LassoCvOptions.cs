namespace DlRadiomics.Statistics.Selection;

/// <summary>Settings of <see cref="LassoCv.Fit"/>; defaults are scikit-learn <c>LassoCV</c>'s except the 10 folds the studies used.</summary>
/// <param name="Folds">Number of consecutive (unshuffled) folds, scikit-learn <c>cv=KFold(Folds)</c>.</param>
/// <param name="FoldIds">Fold of each row; overrides <paramref name="Folds"/> when given.</param>
/// <param name="Alphas">Length of the α grid (<c>n_alphas</c>).</param>
/// <param name="Eps">α_min / α_max of the grid (<c>eps</c>).</param>
/// <param name="Tolerance">Duality-gap tolerance relative to ‖y‖² (<c>tol</c>); smaller values solve more exactly.</param>
/// <param name="MaxIterations">Coordinate-descent sweeps per α (<c>max_iter</c>).</param>
public sealed record LassoCvOptions(
    int Folds = 10,
    int[]? FoldIds = null,
    int Alphas = 100,
    double Eps = 1e-3,
    double Tolerance = 1e-4,
    int MaxIterations = 1000);
