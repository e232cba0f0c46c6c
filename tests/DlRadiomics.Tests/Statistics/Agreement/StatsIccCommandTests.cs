using System.Text.Json;
using static DlRadiomics.Tests.CliRun;
using DlRadiomics.Tests.Statistics.RocAnalysis;

namespace DlRadiomics.Tests.Statistics.Agreement;

public sealed class StatsIccCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dlr-icc-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Single_value_column_prints_the_six_forms_and_writes_psych_numbers()
    {
        string json = Path.Combine(_dir, "icc.json");
        var (code, output, error) = Run("stats", "icc", "--data", GoldenValues.File("icc_shrout_fleiss.csv"),
            "--subject", "subject", "--rater", "rater", "--value", "value", "--out", json);
        Assert.True(code == 0, error);
        Assert.Matches(@"ICC\(2,1\) two-way random, absolute agreement +0\.2898 ", output);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var estimates = doc.RootElement.GetProperty("features")[0].GetProperty("estimates");
        var icc2k = estimates.EnumerateArray().Single(e => e.GetProperty("form").GetString() == "ICC2k");
        Close.Relative(GoldenValues.R.Number("icc:shrout_fleiss", "ICC2k_icc"), icc2k.GetProperty("icc").GetDouble());
        Close.Relative(GoldenValues.R.Number("icc:shrout_fleiss", "ICC2k_lower"), icc2k.GetProperty("lower").GetDouble());
    }

    [Fact]
    public void Several_value_columns_apply_the_feature_filter()
    {
        string csv = Path.Combine(_dir, "features.csv");
        var lines = new List<string> { "patient,reader,stable,noisy,flat" };
        double[] noise = [0.9, -0.7, 0.4, -1.1, 0.8, -0.2];
        for (int i = 0; i < 6; i++)
        {
            lines.Add($"p{i},A,{i + 1},{i % 3},5");
            lines.Add($"p{i},B,{i + 1 + 0.05 * (i % 2)},{(i % 3) + noise[i] * 3},5");
        }
        File.WriteAllLines(csv, lines);
        var (code, output, error) = Run("stats", "icc", "--data", csv, "--subject", "patient", "--rater", "reader", "--value", "stable,noisy,flat");
        Assert.True(code == 0, error);
        Assert.Contains("1 of 3 features kept", output);
        Assert.Contains("undefined", output);
    }

    [Fact]
    public void Bad_form_is_a_usage_error()
    {
        var (code, _, error) = Run("stats", "icc", "--data", "x.csv", "--subject", "s", "--rater", "r", "--value", "v", "--form", "icc4");
        Assert.Equal(2, code);
        Assert.Contains("--form", error);
    }
}
