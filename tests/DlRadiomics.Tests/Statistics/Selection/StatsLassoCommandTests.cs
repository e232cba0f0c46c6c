using System.Text.Json;
using static DlRadiomics.Tests.CliRun;

namespace DlRadiomics.Tests.Statistics.Selection;

/// <summary><c>dlr stats lasso</c> end to end on the z-scored WDBC table.</summary>
public sealed class StatsLassoCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dlr-lasso-").FullName;
    private static readonly string Data = RepoPaths.Golden(Path.Combine("Statistics", "C", "wdbc_standardized.csv"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void LinearLassoReportsTheLassoCvAlphaAndWritesJson()
    {
        string json = Path.Combine(_dir, "res.json");
        var (code, output, err) = Run("stats", "lasso", "--data", Data, "--outcome", "target", "--folds", "10", "--out", json);
        Assert.True(code == 0, err);
        double expected = WdbcGolden.Json("lassocv.json").GetProperty("full").GetProperty("alpha").GetDouble();
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        Assert.Equal("linear", root.GetProperty("kind").GetString());
        Assert.Equal(expected, root.GetProperty("chosen").GetProperty("penalty").GetDouble(), 12);
        Assert.Equal(100, root.GetProperty("penalty").GetArrayLength());
        Assert.Equal(569, root.GetProperty("patients").GetInt32());
        var coef = WdbcGolden.Json("lassocv.json").GetProperty("full").GetProperty("coef").Vector();
        Assert.Equal(coef.Count(c => c != 0), root.GetProperty("selected").GetArrayLength());
        Assert.Contains("chosen alpha (min)", output);

        var again = Run("stats", "lasso", "--data", Data, "--outcome", "target", "--out", json);
        Assert.Equal(2, again.Code);
        Assert.Contains("--force", again.Err);
        Assert.Equal(0, Run("stats", "lasso", "--data", Data, "--outcome", "target", "--out", json, "--force").Code);
    }

    [Fact]
    public void LogisticLassoReportsBothLambdas()
    {
        var (code, output, err) = Run("stats", "lasso", "--data", Data, "--outcome", "target", "--kind", "logistic",
            "--features", "mean_radius,mean_texture,worst_concave_points,worst_area", "--folds", "5", "--seed", "3", "--choice", "1se");
        Assert.True(code == 0, err);
        Assert.Contains("lambda.min = ", output);
        Assert.Contains("chosen lambda (1se)", output);
    }

    [Fact]
    public void MissingValuesStopWithTheLineUnlessDropped()
    {
        var lines = File.ReadAllLines(Data);
        var cells = lines[5].Split(',');
        cells[2] = "NA";
        lines[5] = string.Join(',', cells);
        string path = Path.Combine(_dir, "missing.csv");
        File.WriteAllLines(path, lines);
        var (code, _, err) = Run("stats", "lasso", "--data", path, "--outcome", "target", "--folds", "5");
        Assert.Equal(1, code);
        Assert.Contains("line 6", err);
        var dropped = Run("stats", "lasso", "--data", path, "--outcome", "target", "--folds", "5", "--drop-missing");
        Assert.Equal(0, dropped.Code);
        Assert.Contains("568 patients", dropped.Out);
        Assert.Contains("dropped 1 row", dropped.Err);
    }

    [Fact]
    public void UnknownKindIsAUsageError()
    {
        var (code, _, err) = Run("stats", "lasso", "--data", Data, "--outcome", "target", "--kind", "ridge");
        Assert.Equal(2, code);
        Assert.Contains("linear, logistic", err);
    }
}
