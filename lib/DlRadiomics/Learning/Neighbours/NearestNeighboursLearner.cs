namespace DlRadiomics.Learning;

/// <summary>
/// k-nearest-neighbour classification, scikit-learn's <c>KNeighborsClassifier()</c>: k = 5, uniform weights, Euclidean
/// distance. P(y = 1 | x) is the fraction of events among the k training rows nearest to x.
/// </summary>
/// <remarks>
/// Neighbours at equal distance are taken in training-row order (the lower index first), as scikit-learn's brute-force
/// search does. Distances are summed term by term, so a training row identical to x is at distance exactly 0.
/// Fitting only stores the training rows; the model keeps them (and writes them to its JSON).
/// </remarks>
/// <param name="K">Number of neighbours (1 ≤ K ≤ training rows); default 5.</param>
public sealed record NearestNeighboursLearner(int K = 5) : ILearner
{
    public string Name => "knn";

    public IReadOnlyDictionary<string, string> HyperParameters => new Dictionary<string, string>
    {
        ["n_neighbors"] = ModelJson.Format(K),
        ["weights"] = "uniform",
        ["metric"] = "euclidean",
    };

    public IFittedModel Fit(double[][] x, IReadOnlyList<int> y)
    {
        LearnerInput.CheckOption(Name, K >= 1, "K", K, "at least 1");
        LearnerInput.CheckTraining(Name, x, y);
        LearnerInput.CheckOption(Name, K <= x.Length, "K", K, $"at most the number of training rows ({x.Length})");
        return new NearestNeighboursModel(this, x.Select(r => (double[])r.Clone()).ToArray(), y.ToArray());
    }
}
