using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Statistics.Validation;

/// <summary>
/// K-fold splits in row order without shuffling (scikit-learn <c>KFold(k)</c>): the first n mod k folds hold
/// ⌊n/k⌋ + 1 consecutive rows, the others ⌊n/k⌋. Also splits by caller-given fold ids (glmnet's <c>foldid</c>).
/// </summary>
public static class KFold
{
    public static IEnumerable<(int[] Train, int[] Test)> Split(int rows, int folds)
    {
        if (folds < 2) throw new ModelInputException($"folds = {folds}; k-fold needs at least 2 folds");
        if (rows < folds) throw new ModelInputException($"{rows} rows cannot be split into {folds} folds; use at most {rows} folds");
        var ids = new int[rows];
        int start = 0;
        for (int f = 0; f < folds; f++)
        {
            int size = rows / folds + (f < rows % folds ? 1 : 0);
            for (int i = start; i < start + size; i++) ids[i] = f;
            start += size;
        }
        return ByFoldIds(ids);
    }

    /// <summary>One split per distinct fold id (in increasing id order); rows with that id form the test set.</summary>
    public static IEnumerable<(int[] Train, int[] Test)> ByFoldIds(IReadOnlyList<int> foldIds)
    {
        var distinct = foldIds.Distinct().Order().ToArray();
        if (distinct.Length < 2) throw new ModelInputException($"fold ids hold {distinct.Length} distinct value(s); give at least 2 folds");
        return Iterate(foldIds, distinct);
    }

    private static IEnumerable<(int[] Train, int[] Test)> Iterate(IReadOnlyList<int> foldIds, int[] distinct)
    {
        foreach (int f in distinct)
        {
            var test = new List<int>();
            var train = new List<int>();
            for (int i = 0; i < foldIds.Count; i++) (foldIds[i] == f ? test : train).Add(i);
            yield return (train.ToArray(), test.ToArray());
        }
    }

    /// <summary>The fold id (0 … k−1) of each row for <see cref="Split"/>.</summary>
    public static int[] FoldIds(int rows, int folds)
    {
        var ids = new int[rows];
        int f = 0;
        foreach (var (_, test) in Split(rows, folds)) { foreach (int i in test) ids[i] = f; f++; }
        return ids;
    }
}
