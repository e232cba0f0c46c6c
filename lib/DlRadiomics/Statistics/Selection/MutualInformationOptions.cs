namespace DlRadiomics.Statistics.Selection;

/// <summary>Settings of <see cref="MutualInformation.Classif"/>.</summary>
/// <param name="Neighbors">k of the k-nearest-neighbour estimator (<c>n_neighbors</c>).</param>
/// <param name="NoiseSeed">Seed of scikit-learn's tie-breaking noise 1e-10·max(1, mean|x|)·N(0, 1), drawn exactly as
/// <c>random_state=NoiseSeed</c> draws it, so results equal <c>mutual_info_classif(..., random_state=NoiseSeed)</c>.
/// Null adds no noise: identical for untied data, but tied values (rounded measurements) then give zero neighbour
/// distances and a very different, inflated estimate — keep the noise for real data.</param>
/// <param name="DiscreteFeatures">Which features are discrete (plug-in estimate); null means all continuous.</param>
public sealed record MutualInformationOptions(int Neighbors = 3, int? NoiseSeed = 0, bool[]? DiscreteFeatures = null);
