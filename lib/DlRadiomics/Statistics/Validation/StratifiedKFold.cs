using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Statistics.Validation;

/// <summary>
/// Stratified k-fold splits with scikit-learn's <c>StratifiedKFold</c> allocation: classes are coded by order of
/// first appearance, each fold's class counts are dealt round-robin over the sorted labels, and the rows of each
/// class are assigned to folds in blocks — shuffled by <see cref="NumpyRandomState"/> when a generator is given.
/// </summary>
public static class StratifiedKFold
{
    /// <summary>Splits without shuffling (rows keep their order inside each class).</summary>
    public static IEnumerable<(int[] Train, int[] Test)> Split(IReadOnlyList<int> y, int folds) => Split(y, folds, null);

    /// <summary>Splits with the class blocks shuffled by <paramref name="random"/> (scikit-learn <c>shuffle=True</c>).</summary>
    public static IEnumerable<(int[] Train, int[] Test)> Split(IReadOnlyList<int> y, int folds, NumpyRandomState? random)
    {
        var testFolds = TestFolds(y, folds, random);
        for (int f = 0; f < folds; f++)
        {
            var test = new List<int>();
            var train = new List<int>();
            for (int i = 0; i < testFolds.Length; i++) (testFolds[i] == f ? test : train).Add(i);
            yield return (train.ToArray(), test.ToArray());
        }
    }

    /// <summary>The test fold of every row (scikit-learn's <c>_make_test_folds</c>).</summary>
    public static int[] TestFolds(IReadOnlyList<int> y, int folds, NumpyRandomState? random)
    {
        if (folds < 2) throw new ModelInputException($"folds = {folds}; stratified k-fold needs at least 2 folds");
        var order = new Dictionary<int, int>();
        var encoded = new int[y.Count];
        for (int i = 0; i < y.Count; i++)
        {
            if (!order.TryGetValue(y[i], out int code)) order[y[i]] = code = order.Count;
            encoded[i] = code;
        }
        int classes = order.Count;
        var counts = new int[classes];
        foreach (int c in encoded) counts[c]++;
        if (counts.All(c => c < folds))
            throw new ModelInputException($"folds = {folds} is more than the number of rows in every class ({string.Join(", ", counts)}); use fewer folds");
        var sorted = encoded.Order().ToArray();
        var allocation = new int[folds, classes];
        for (int f = 0; f < folds; f++)
            for (int i = f; i < sorted.Length; i += folds) allocation[f, sorted[i]]++;
        var testFolds = new int[y.Count];
        for (int c = 0; c < classes; c++)
        {
            var block = new List<int>();
            for (int f = 0; f < folds; f++) block.AddRange(Enumerable.Repeat(f, allocation[f, c]));
            var forClass = block.ToArray();
            random?.Shuffle(forClass);
            int next = 0;
            for (int i = 0; i < y.Count; i++) if (encoded[i] == c) testFolds[i] = forClass[next++];
        }
        return testFolds;
    }
}
