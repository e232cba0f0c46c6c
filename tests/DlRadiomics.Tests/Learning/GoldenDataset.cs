using System.Text.Json;
using DlRadiomics.Statistics.Preprocessing;
using DlRadiomics.Tables;

namespace DlRadiomics.Tests.Learning;

/// <summary>
/// A data set of Golden/Learning (written by make_golden.py) with its fold column: the test fold of each row under
/// scikit-learn's <c>StratifiedKFold(5, shuffle=True, random_state=0)</c>. The learner parity tests fit
/// <c>StandardScaler → model</c> on each fold's training rows, as the goldens do.
/// </summary>
/// <param name="Name">File stem: wdbc or pima.</param>
/// <param name="FeatureNames">The feature columns, in file order.</param>
/// <param name="X">Rows × features, unscaled.</param>
/// <param name="Y">The 0/1 outcome: WDBC malignant = 1, Pima diabetes = 1.</param>
/// <param name="Fold">Test fold (0-based) of each row.</param>
internal sealed record GoldenDataset(string Name, string[] FeatureNames, double[][] X, int[] Y, int[] Fold)
{
    /// <summary>scikit-learn's WDBC: 569 rows, 30 features, outcome <c>malignant</c> (212 ones).</summary>
    public static GoldenDataset Wdbc { get; } = Read("wdbc", "malignant");

    /// <summary>R MASS's Pima.tr + Pima.te: 532 rows, 7 features, outcome <c>diabetes</c> (177 ones).</summary>
    public static GoldenDataset Pima { get; } = Read("pima", "diabetes");

    /// <summary>The data sets' names, for <c>[MemberData(nameof(GoldenDataset.Names), MemberType = typeof(GoldenDataset))]</c>.</summary>
    public static TheoryData<string> Names => new() { "wdbc", "pima" };

    public static GoldenDataset Named(string name) => name switch
    {
        "wdbc" => Wdbc,
        "pima" => Pima,
        _ => throw new ArgumentException($"no golden data set '{name}'", nameof(name)),
    };

    public static string File(string name) => RepoPaths.Golden(Path.Combine("Learning", name));

    public int FoldCount => Fold.Max() + 1;

    /// <summary>Row indices of the training rows (all other folds) and the test rows of <paramref name="fold"/>, ascending.</summary>
    public (int[] Train, int[] Test) Split(int fold) =>
        (Enumerable.Range(0, Y.Length).Where(i => Fold[i] != fold).ToArray(),
         Enumerable.Range(0, Y.Length).Where(i => Fold[i] == fold).ToArray());

    /// <summary>
    /// One fold as the pipeline sees it: features z-scored with the training rows' mean and population standard
    /// deviation (scikit-learn's <c>StandardScaler</c>), then split.
    /// </summary>
    public FoldData Standardized(int fold)
    {
        var (train, test) = Split(fold);
        var scaler = ZScore.Fit(Rows(train));
        return new FoldData(fold, train, test, scaler.Transform(Rows(train)), Outcomes(train), scaler.Transform(Rows(test)), Outcomes(test));
    }

    /// <summary>
    /// The scikit-learn/xgboost reference of <paramref name="learner"/> (lr, lr_optimum, svm, knn, xgb, …) on
    /// <paramref name="fold"/> from <c>{Name}_golden.json</c>: <c>proba</c> (test rows in ascending order), <c>auc</c>, and
    /// learner-specific members (see make_golden.py).
    /// </summary>
    public JsonElement Reference(int fold, string learner)
    {
        var entry = _golden.Value.GetProperty("folds")[fold];
        Assert.Equal(Split(fold).Test, entry.GetProperty("test").EnumerateArray().Select(v => v.GetInt32()));
        return entry.GetProperty(learner);
    }

    private readonly Lazy<JsonElement> _golden = new(() => JsonDocument.Parse(System.IO.File.ReadAllText(File(Name + "_golden.json"))).RootElement);

    public double[][] Rows(int[] indices) => indices.Select(i => X[i]).ToArray();

    public int[] Outcomes(int[] indices) => indices.Select(i => Y[i]).ToArray();

    private static GoldenDataset Read(string name, string outcome)
    {
        var table = CsvTable.Read(File(name + ".csv")).EnsureRectangular();
        var features = table.ColumnNames.Where(c => c != outcome && c != "fold").ToArray();
        var columns = features.Select(table.Numbers).ToArray();
        var x = Enumerable.Range(0, table.RowCount).Select(i => columns.Select(c => c[i]).ToArray()).ToArray();
        return new GoldenDataset(name, features, x,
            table.Numbers(outcome).Select(v => (int)v).ToArray(), table.Numbers("fold").Select(v => (int)v).ToArray());
    }
}
