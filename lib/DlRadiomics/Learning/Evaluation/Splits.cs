using DlRadiomics.Statistics.Validation;


namespace DlRadiomics.Learning.Evaluation;

/// <summary>
/// Resampling schemes for evaluating a learner, each as the (training rows, test rows) index pairs scikit-learn's
/// splitters yield. Every random scheme takes its randomness from one seed through <see cref="NumpyRandomState"/>,
/// so the shuffled stratified folds equal scikit-learn's <c>StratifiedKFold(k, shuffle=True, random_state=seed)</c>.
/// </summary>
/// <remarks>
/// The schemes check what a binary AUC needs before anything is fitted: a 0/1 outcome with both classes, at least as
/// many rows of each class as folds (so every test fold holds cases and controls — scikit-learn only warns), and for
/// fold columns, both classes on both sides of every split. Errors are <see cref="LearnerInputException"/> naming the
/// fold and the fix.
/// </remarks>
public static class Splits
{
    /// <summary>Stratified k-fold; shuffled as scikit-learn with <c>random_state = seed</c>, or in row order when <paramref name="seed"/> is null.</summary>
    public static IEnumerable<(int[] Train, int[] Test)> StratifiedKFold(IReadOnlyList<int> y, int folds, int? seed = null)
    {
        CheckStratifiable(y, folds);
        var random = seed is int s ? new NumpyRandomState(Seed(s)) : null;
        return DlRadiomics.Statistics.Validation.StratifiedKFold.Split(y, folds, random).ToArray();
    }

    /// <summary>The test fold (0 … k−1) of every row under <see cref="StratifiedKFold"/>.</summary>
    public static int[] StratifiedFoldIds(IReadOnlyList<int> y, int folds, int? seed = null)
    {
        CheckStratifiable(y, folds);
        return DlRadiomics.Statistics.Validation.StratifiedKFold.TestFolds(y, folds, seed is int s ? new NumpyRandomState(Seed(s)) : null);
    }

    /// <summary><paramref name="repeats"/> shuffled stratified partitions from one generator (scikit-learn <c>RepeatedStratifiedKFold</c>), repeat by repeat.</summary>
    public static IEnumerable<(int[] Train, int[] Test)> RepeatedStratifiedKFold(IReadOnlyList<int> y, int folds, int repeats, int seed)
    {
        CheckStratifiable(y, folds);
        return DlRadiomics.Statistics.Validation.RepeatedStratifiedKFold.Split(y, folds, repeats, (int)Seed(seed)).ToArray();
    }

    /// <summary>Leave-one-out: n splits, the i-th tests row i alone.</summary>
    public static IEnumerable<(int[] Train, int[] Test)> LeaveOneOut(int rows) => DlRadiomics.Statistics.Validation.LeaveOneOut.Split(rows).ToArray();

    /// <summary>
    /// Bootstrap: each replicate trains on n rows drawn with replacement (<c>RandomState(seed).randint(n, size=n)</c>,
    /// one generator for all replicates) and tests on the rows never drawn (out of bag). A draw whose training rows
    /// hold one class, or whose out-of-bag rows do, is redrawn; <paramref name="y"/> must be 0/1 with both classes.
    /// </summary>
    public static IEnumerable<(int[] Train, int[] Test)> Bootstrap(IReadOnlyList<int> y, int replicates, int seed)
    {
        CheckBinary(y);
        if (replicates < 1) throw new LearnerInputException($"replicates = {replicates}; give at least 1");
        int n = y.Count;
        var random = new NumpyRandomState(Seed(seed));
        var splits = new List<(int[], int[])>(replicates);
        int redrawn = 0;
        while (splits.Count < replicates)
        {
            var train = new int[n];
            var drawn = new bool[n];
            for (int i = 0; i < n; i++) { train[i] = random.NextInt(n); drawn[train[i]] = true; }
            var test = Enumerable.Range(0, n).Where(i => !drawn[i]).ToArray();
            if (TwoClasses(train, y) && TwoClasses(test, y)) { splits.Add((train, test)); continue; }
            if (++redrawn > 100 * replicates)
                throw new LearnerInputException($"bootstrap draws of these {n} rows keep leaving one class on a side; the outcome is too rare to bootstrap");
        }
        return splits;
    }

    /// <summary>
    /// One split per distinct fold id in a column (0-based ids, as <c>PredefinedSplit</c>): the rows with id f are
    /// the test rows of split f. Every id must be ≥ 0 and every split must hold both classes on both sides.
    /// </summary>
    /// <param name="foldIds">The fold of each row.</param>
    /// <param name="y">The 0/1 outcome of each row.</param>
    /// <param name="column">The column name for messages.</param>
    public static IEnumerable<(int[] Train, int[] Test)> FromFoldColumn(IReadOnlyList<int> foldIds, IReadOnlyList<int> y, string column = "fold")
    {
        CheckBinary(y);
        if (foldIds.Count != y.Count) throw new LearnerInputException($"column '{column}' has {foldIds.Count} fold ids for {y.Count} rows; give one per row");
        for (int i = 0; i < foldIds.Count; i++)
            if (foldIds[i] < 0) throw new LearnerInputException($"column '{column}', row {i}: fold id {foldIds[i]}; fold ids are 0-based integers ≥ 0");
        var splits = KFold.ByFoldIds(foldIds).ToArray();
        var ids = foldIds.Distinct().Order().ToArray();
        for (int f = 0; f < splits.Length; f++)
        {
            if (!TwoClasses(splits[f].Test, y))
                throw new LearnerInputException($"column '{column}': fold {ids[f]} holds a single outcome class ({y[splits[f].Test[0]]}), so its AUC is undefined; assign folds stratified by the outcome or use fewer folds");
            if (!TwoClasses(splits[f].Train, y))
                throw new LearnerInputException($"column '{column}': the rows outside fold {ids[f]} hold a single outcome class; a model needs both classes to train");
        }
        return splits;
    }

    /// <summary>
    /// The training and test rows of a cohort column: rows whose value equals <paramref name="testValue"/> (ordinal)
    /// are the test cohort, all others the training cohort.
    /// </summary>
    public static (int[] Train, int[] Test) ByCohort(IReadOnlyList<string> cohort, string testValue, string column = "cohort")
    {
        var test = Enumerable.Range(0, cohort.Count).Where(i => string.Equals(cohort[i], testValue, StringComparison.Ordinal)).ToArray();
        var train = Enumerable.Range(0, cohort.Count).Where(i => !string.Equals(cohort[i], testValue, StringComparison.Ordinal)).ToArray();
        if (test.Length == 0)
            throw new LearnerInputException($"column '{column}' has no row equal to '{testValue}'; its values are {string.Join(", ", cohort.Distinct().Order().Take(10).Select(v => $"'{v}'"))}");
        if (train.Length == 0) throw new LearnerInputException($"column '{column}': every row equals '{testValue}', so no training rows remain");
        return (train, test);
    }

    /// <summary>
    /// Checks that stratified k-fold gives every test fold both classes: a 0/1 outcome, at least 2 folds, and at
    /// least <paramref name="folds"/> rows of each class.
    /// </summary>
    public static void CheckStratifiable(IReadOnlyList<int> y, int folds)
    {
        CheckBinary(y);
        if (folds < 2) throw new LearnerInputException($"folds = {folds}; cross-validation needs at least 2 folds");
        if (y.Count < folds) throw new LearnerInputException($"{y.Count} rows cannot be split into {folds} folds; use at most {y.Count} folds");
        int ones = y.Count(v => v == 1), zeros = y.Count - ones;
        int smaller = Math.Min(ones, zeros);
        if (smaller < folds)
            throw new LearnerInputException($"the outcome has only {smaller} row(s) of class {(ones < zeros ? 1 : 0)}, fewer than the {folds} folds, so some test folds would hold a single class; use at most {smaller} folds");
    }

    private static void CheckBinary(IReadOnlyList<int> y)
    {
        int ones = 0;
        for (int i = 0; i < y.Count; i++)
        {
            if (y[i] is not (0 or 1)) throw new LearnerInputException($"outcome row {i} is {y[i]}; code the outcome as 0/1");
            ones += y[i];
        }
        if (ones == 0 || ones == y.Count)
            throw new LearnerInputException($"the outcome has a single class ({(ones == 0 ? 0 : 1)} for all {y.Count} rows); use stratification or a table with both classes");
    }

    private static bool TwoClasses(int[] rows, IReadOnlyList<int> y) => rows.Length > 0 && rows.Any(i => y[i] != y[rows[0]]);

    private static uint Seed(int seed) =>
        seed >= 0 ? (uint)seed : throw new LearnerInputException($"seed = {seed}; give a non-negative integer (numpy's RandomState takes 0 … 2³²−1)");
}
