using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Statistics.Validation;

/// <summary>
/// Repeated stratified k-fold (scikit-learn <c>RepeatedStratifiedKFold(n_splits, n_repeats, random_state=seed)</c>):
/// <c>repeats</c> shuffled <see cref="StratifiedKFold"/> partitions drawn from one generator seeded once, so the
/// index arrays equal scikit-learn's for the same seed. Splits come repeat by repeat, fold by fold.
/// </summary>
public static class RepeatedStratifiedKFold
{
    public static IEnumerable<(int[] Train, int[] Test)> Split(IReadOnlyList<int> y, int folds, int repeats, int seed)
    {
        if (repeats < 1) throw new ModelInputException($"repeats = {repeats}; give at least 1");
        var random = new NumpyRandomState(seed);
        for (int r = 0; r < repeats; r++)
            foreach (var split in StratifiedKFold.Split(y, folds, random).ToArray()) yield return split;
    }
}
