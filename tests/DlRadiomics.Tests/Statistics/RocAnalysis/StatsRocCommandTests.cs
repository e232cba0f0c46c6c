using System.Text.Json;
using static DlRadiomics.Tests.CliRun;

namespace DlRadiomics.Tests.Statistics.RocAnalysis;

public sealed class StatsRocCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dlr-roc-").FullName;
    private static readonly string Asah = GoldenValues.File("asah.csv");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Json_output_carries_pROC_numbers_and_the_paired_test()
    {
        string json = Path.Combine(_dir, "roc.json");
        var (code, output, error) = Run("stats", "roc", "--data", Asah, "--outcome", "poor", "--score", "s100b,ndka", "--bootstrap", "200", "--out", json);
        Assert.True(code == 0, error);
        Assert.Contains("s100b vs ndka", output);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        Assert.Equal(113, root.GetProperty("patients").GetInt32());
        var s100b = root.GetProperty("scores")[0];
        Close.Relative(GoldenValues.R.Number("roc:asah:s100b", "auc"), s100b.GetProperty("auc").GetDouble());
        Close.Relative(GoldenValues.R.Number("roc:asah:s100b", "delong_lower"), s100b.GetProperty("delong").GetProperty("lower").GetDouble());
        Close.Relative(GoldenValues.R.Number("roc:asah:s100b", "youden_threshold_1"), s100b.GetProperty("youden").GetProperty("threshold").GetDouble());
        Close.Relative(GoldenValues.R.Number("roc:asah:s100b", "at_youden_npv"), s100b.GetProperty("atYouden").GetProperty("npv").GetDouble());
        var comparison = root.GetProperty("comparisons")[0];
        Close.Relative(GoldenValues.R.Number("paired:s100b:ndka", "p"), comparison.GetProperty("p").GetDouble());
        Close.Relative(GoldenValues.R.Number("paired:s100b:ndka", "z"), comparison.GetProperty("z").GetDouble());
    }

    [Fact]
    public void A_text_outcome_takes_its_second_level_as_the_case_as_pROC_does_or_the_named_one()
    {
        var asah = DlRadiomics.Tables.CsvTable.Read(Asah);
        string csv = Path.Combine(_dir, "text.csv");
        File.WriteAllLines(csv, ["outcome,s100b", .. asah.Binary("poor").Zip(asah.Text("s100b"), (p, s) => $"{(p == 1 ? "Poor" : "Good")},{s}")]);
        string json = Path.Combine(_dir, "text.json");

        var (code, _, error) = Run("stats", "roc", "--data", csv, "--outcome", "outcome", "--score", "s100b", "--bootstrap", "0", "--out", json);
        Assert.True(code == 0, error);
        Assert.Contains("'Poor' counted as the event", error);
        using (var doc = JsonDocument.Parse(File.ReadAllText(json)))
        {
            Assert.Equal("Poor", doc.RootElement.GetProperty("event").GetString());
            Close.Relative(GoldenValues.R.Number("roc:asah:s100b", "auc"), doc.RootElement.GetProperty("scores")[0].GetProperty("auc").GetDouble());
        }

        (code, _, error) = Run("stats", "roc", "--data", csv, "--outcome", "outcome", "--score", "s100b", "--bootstrap", "0", "--positive", "Good", "--direction", "lower", "--out", json, "--force");
        Assert.True(code == 0, error);
        using (var doc = JsonDocument.Parse(File.ReadAllText(json)))
        {
            Assert.Equal(72, doc.RootElement.GetProperty("cases").GetInt32());
            Close.Relative(GoldenValues.R.Number("roc:asah:s100b", "auc"), doc.RootElement.GetProperty("scores")[0].GetProperty("auc").GetDouble());
        }

        (code, _, error) = Run("stats", "roc", "--data", csv, "--outcome", "outcome", "--score", "s100b", "--positive", "Bad");
        Assert.Equal(1, code);
        Assert.Contains("'Bad' does not occur; the values are 'Good' and 'Poor'", error);
    }

    [Fact]
    public void Existing_output_is_not_overwritten_without_force()
    {
        string json = Path.Combine(_dir, "roc.json");
        File.WriteAllText(json, "keep me");
        var (code, _, error) = Run("stats", "roc", "--data", Asah, "--outcome", "poor", "--score", "s100b", "--bootstrap", "0", "--out", json);
        Assert.Equal(2, code);
        Assert.Contains("--force", error);
        Assert.Equal("keep me", File.ReadAllText(json));
        (code, _, error) = Run("stats", "roc", "--data", Asah, "--outcome", "poor", "--score", "s100b", "--bootstrap", "0", "--out", json, "--force");
        Assert.True(code == 0, error);
        Assert.StartsWith("{", File.ReadAllText(json));
    }

    [Fact]
    public void Missing_values_stop_with_the_row_unless_dropped()
    {
        string csv = Path.Combine(_dir, "t.csv");
        File.WriteAllText(csv, "y,s\n0,0.1\n1,NA\n0,0.3\n1,0.8\n0,0.2\n1,0.6\n");
        var (code, _, error) = Run("stats", "roc", "--data", csv, "--outcome", "y", "--score", "s");
        Assert.Equal(1, code);
        Assert.Contains("line 3", error);
        Assert.Contains("--drop-missing", error);
        (code, var output, error) = Run("stats", "roc", "--data", csv, "--outcome", "y", "--score", "s", "--bootstrap", "50", "--drop-missing");
        Assert.True(code == 0, error);
        Assert.Contains("dropped 1 row", error);
        Assert.Contains("5 patients (2 cases, 3 controls)", output);
    }

    [Fact]
    public void Unknown_column_and_single_class_outcome_are_clear_errors()
    {
        var (code, _, error) = Run("stats", "roc", "--data", Asah, "--outcome", "poor", "--score", "s100", "--bootstrap", "0");
        Assert.Equal(1, code);
        Assert.Contains("no column 's100'", error);
        string csv = Path.Combine(_dir, "one.csv");
        File.WriteAllText(csv, "y,s\n1,0.1\n1,0.2\n");
        (code, _, error) = Run("stats", "roc", "--data", csv, "--outcome", "y", "--score", "s");
        Assert.Equal(1, code);
        Assert.Contains("single class", error);
    }
}
