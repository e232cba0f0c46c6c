using System.Text.Json;

namespace DlRadiomics.Tests.Learning.Evaluation;

/// <summary><c>dlr learn compare</c> end to end on WDBC tables written to a temporary folder.</summary>
public sealed class LearnCompareCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dlr-compare-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Path(string name) => System.IO.Path.Combine(_dir, name);

    /// <summary>WDBC split by its fold column: fold 4 is the test table, the others the training table (fold column kept).</summary>
    private (string Train, string Test) WdbcTables(Func<string[], string[]>? edit = null)
    {
        var lines = File.ReadAllLines(GoldenDataset.File("wdbc.csv"));
        int fold = Array.IndexOf(lines[0].Split(','), "fold");
        var body = lines.Skip(1).ToArray();
        string train = Path("train.csv"), test = Path("test.csv");
        File.WriteAllLines(train, (edit ?? (l => l))(body.Where(l => l.Split(',')[fold] != "4").Prepend(lines[0]).ToArray()));
        File.WriteAllLines(test, body.Where(l => l.Split(',')[fold] == "4").Prepend(lines[0]));
        return (train, test);
    }

    private static JsonElement Json(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    [Fact]
    public void WithAFoldColumn_OutOfFoldPredictionsEqualScikitLearns_PredictionByPrediction()
    {
        var data = GoldenDataset.Wdbc;
        var (code, stdout, stderr) = CliRun.Run("learn", "compare", "--train", GoldenDataset.File("wdbc.csv"), "--outcome", "malignant",
            "--folds-from", "fold", "--learners", "lr", "--standardize", "--out", Path("res.json"));
        Assert.True(code == 0, stderr);
        Assert.Contains("chosen (safe): lr", stdout);
        var lr = Json(Path("res.json")).GetProperty("learners")[0];
        Assert.Equal("lr", lr.GetProperty("name").GetString());
        Assert.Equal("safe", lr.GetProperty("protocol").GetString());
        var oof = lr.GetProperty("oofPredictions").Doubles();
        var foldAucs = lr.GetProperty("foldAucs").Doubles();
        for (int f = 0; f < 5; f++)
        {
            var reference = data.Reference(f, "lr_optimum");
            var test = Enumerable.Range(0, data.Y.Length).Where(i => data.Fold[i] == f).ToArray();
            LearnerAssert.Close(reference.GetProperty("proba").Doubles(), test.Select(i => oof[i]).ToArray(), 1e-8, $"fold {f}");
            Assert.Equal(data.Reference(f, "lr").GetProperty("auc").GetDouble(), foldAucs[f], 0.005);
        }
        Assert.Equal(foldAucs.Average(), lr.GetProperty("cvAuc").GetDouble(), 12);
    }

    [Fact]
    public void WithATestTable_TheJsonHasTheTable4FieldsAndPredictions_AndIsNotOverwrittenWithoutForce()
    {
        var (train, test) = WdbcTables();
        string[] args = ["learn", "compare", "--train", train, "--test", test, "--outcome", "malignant", "--folds-from", "fold",
            "--learners", "lr,knn", "--standardize", "--out", Path("res.json")];
        var (code, stdout, stderr) = CliRun.Run(args);
        Assert.True(code == 0, stderr);
        Assert.Contains("wrote", stdout);
        var root = Json(Path("res.json"));
        var learners = root.GetProperty("learners").EnumerateArray().ToArray();
        Assert.Equal(["lr", "knn"], learners.Select(l => l.GetProperty("name").GetString()));
        foreach (var l in learners)
        {
            Assert.Equal(4, l.GetProperty("foldAucs").GetArrayLength());
            foreach (var key in new[] { "cvAuc", "testAuc", "accuracy", "sensitivity", "specificity", "ppv", "npv", "threshold" })
                Assert.Equal(JsonValueKind.Number, l.GetProperty(key).ValueKind);
            var ci = l.GetProperty("testAucCi").Doubles();
            Assert.InRange(l.GetProperty("testAuc").GetDouble(), ci[0], ci[1]);
            Assert.Equal(root.GetProperty("trainRows").GetArrayLength(), l.GetProperty("oofPredictions").GetArrayLength());
            Assert.Equal(root.GetProperty("testRows").GetArrayLength(), l.GetProperty("testPredictions").GetArrayLength());
        }
        Assert.Single(Directory.GetFiles(_dir, "*.json"));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));

        var again = CliRun.Run(args);
        Assert.Equal(2, again.Code);
        Assert.Contains("already exists", again.Err);
        Assert.Equal(0, CliRun.Run([.. args, "--force"]).Code);
    }

    [Fact]
    public void BothProtocols_AreReportedSideBySide()
    {
        var (train, _) = WdbcTables();
        var (code, _, stderr) = CliRun.Run("learn", "compare", "--train", train, "--outcome", "malignant", "--folds-from", "fold", "--learners", "lr",
            "--standardize", "--select", "mwu,spearman", "--protocol", "both", "--out", Path("res.json"));
        Assert.True(code == 0, stderr);
        var learners = Json(Path("res.json")).GetProperty("learners").EnumerateArray().ToArray();
        Assert.Equal(["safe", "paper"], learners.Select(l => l.GetProperty("protocol").GetString()));
    }

    [Fact]
    public void MissingFeatureValues_AreLeftOutAndReportedByLine()
    {
        var (train, _) = WdbcTables(lines => lines.Select((l, i) => i is 3 or 8 ? "NA" + l[l.IndexOf(',')..] : l).ToArray());
        var (code, _, stderr) = CliRun.Run("learn", "compare", "--train", train, "--outcome", "malignant", "--folds-from", "fold", "--learners", "knn");
        Assert.True(code == 0, stderr);
        Assert.Contains("2 row(s) with a missing value left out (lines 4, 9)", stderr);
    }

    [Fact]
    public void MissingValues_WithMissingError_StopBeforeFitting_NamingFileLineAndColumn()
    {
        var (train, test) = WdbcTables(lines => lines.Select((l, i) => i is 3 or 8 ? "NA" + l[l.IndexOf(',')..] : l).ToArray());
        var header = File.ReadAllLines(train)[0].Split(',');
        var (code, stdout, stderr) = CliRun.Run("learn", "compare", "--train", train, "--outcome", "malignant", "--folds-from", "fold", "--learners", "knn",
            "--missing", "error");
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains($"{train}: line 4, column '{header[0]}': missing value", stderr);

        (train, test) = WdbcTables();
        int outcome = Array.IndexOf(header, "malignant");
        File.WriteAllLines(test, File.ReadAllLines(test).Select((l, i) => i == 5 ? string.Join(',', l.Split(',').Select((v, j) => j == outcome ? "" : v)) : l));
        (code, _, stderr) = CliRun.Run("learn", "compare", "--train", train, "--test", test, "--outcome", "malignant", "--folds-from", "fold",
            "--learners", "knn", "--missing", "error");
        Assert.Equal(1, code);
        Assert.Contains($"{test}: line 6, column 'malignant': missing value", stderr);
    }

    [Fact]
    public void BadInput_StopsBeforeFitting_NamingTheFileAndColumn()
    {
        var (train, test) = WdbcTables();
        (int Code, string Err) Run(params string[] extra)
        {
            var r = CliRun.Run(["learn", "compare", "--train", train, "--outcome", "malignant", "--learners", "lr", .. extra]);
            return (r.Code, r.Err);
        }

        var nonBinary = CliRun.Run("learn", "compare", "--train", train, "--outcome", "fold", "--features", "mean_radius");
        Assert.Equal(1, nonBinary.Code);
        Assert.Contains("train.csv", nonBinary.Err);
        Assert.Contains("'fold'", nonBinary.Err);

        File.WriteAllLines(Path("renamed.csv"), File.ReadAllLines(test).Select((l, i) => i == 0 ? l.Replace("mean_radius", "radius_mean") : l));
        var renamed = Run("--test", Path("renamed.csv"));
        Assert.Equal(1, renamed.Code);
        Assert.Contains("renamed.csv", renamed.Err);
        Assert.Contains("no column 'mean_radius'", renamed.Err);

        File.WriteAllLines(Path("outcome-only.csv"), ["malignant", "0", "1", "0", "1"]);
        var noFeatures = CliRun.Run("learn", "compare", "--train", Path("outcome-only.csv"), "--outcome", "malignant");
        Assert.Equal(1, noFeatures.Code);
        Assert.Contains("no feature columns", noFeatures.Err);

        File.WriteAllLines(Path("small.csv"), ["x,y", "1,0", "2,1", "3,0", "4,1", "5,0", "6,1"]);
        var fewRows = CliRun.Run("learn", "compare", "--train", Path("small.csv"), "--outcome", "y", "--learners", "lr");
        Assert.Equal(1, fewRows.Code);
        Assert.Contains("small.csv: column 'y'", fewRows.Err);
        Assert.Contains("use at most 3 folds", fewRows.Err);

        File.WriteAllLines(Path("folds.csv"), ["x,y,f", "1,0,0", "2,0,0", "3,1,1", "4,1,1", "5,0,2", "6,1,2"]);
        var singleClass = CliRun.Run("learn", "compare", "--train", Path("folds.csv"), "--outcome", "y", "--folds-from", "f", "--learners", "lr");
        Assert.Equal(1, singleClass.Code);
        Assert.Contains("column 'f'", singleClass.Err);

        var unknown = Run("--learners", "lr,svc");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("unknown learner 'svc'", unknown.Err);
    }
}
