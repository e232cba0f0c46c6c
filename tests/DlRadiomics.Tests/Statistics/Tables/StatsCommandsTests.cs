using DlRadiomics.Cli;
using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;
using static DlRadiomics.Tests.CliRun;

namespace DlRadiomics.Tests.Statistics.Tables;

/// <summary><c>dlr stats baseline</c> and <c>dlr stats logit</c> through <see cref="Dlr.Run"/>.</summary>
public sealed class StatsCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dlr-stats-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void BaselineWritesTheSameCsvAsTheLibraryAndPrintsATable()
    {
        string output = System.IO.Path.Combine(_dir, "table2.csv");
        var (code, stdout, stderr) = Run("stats", "baseline", "--data", Path("infert.csv"), "--group", "case", "--split", "induced",
            "--variables", "age,parity,education,spontaneous", "--categorical", "spontaneous", "--out", output);
        Assert.True(code == 0, stderr);
        Assert.Contains("Fisher exact", stdout);
        Assert.Matches(@"education\s+12\+ yrs", stdout);
        var expected = File.ReadAllLines(Path("baseline_infert_by_induced.csv")).Select(l => l.Replace("\"", ""));
        Assert.Equal(expected, File.ReadAllLines(output));
    }

    [Fact]
    public void OutIsNotOverwrittenWithoutForce()
    {
        string output = System.IO.Path.Combine(_dir, "t.csv");
        File.WriteAllText(output, "keep");
        var (code, _, stderr) = Run("stats", "baseline", "--data", Path("wdbc.csv"), "--group", "target", "--out", output);
        Assert.Equal(2, code);
        Assert.Contains("--force", stderr);
        Assert.Equal("keep", File.ReadAllText(output));
        Assert.Equal(0, Run("stats", "baseline", "--data", Path("wdbc.csv"), "--group", "target", "--variables", "mean_radius", "--out", output, "--force").Code);
        Assert.StartsWith("variable,level,all,0,1,p,missing", File.ReadAllText(output));
    }

    [Fact]
    public void LogitPrintsCoefficientsAndWritesLongCsv()
    {
        string output = System.IO.Path.Combine(_dir, "fit.csv");
        var (code, stdout, stderr) = Run("stats", "logit", "--data", Path("infert.csv"), "--outcome", "case",
            "--predictors", "age,parity,education,spontaneous,induced", "--factors", "education", "--out", output);
        Assert.True(code == 0, stderr);
        Assert.Contains("education[6-11yrs]", stdout);
        Assert.Contains("AIC", stdout);
        var lines = File.ReadAllLines(output);
        Assert.Equal("model,predictor,term,estimate,std_error,z,p_value,odds_ratio,or_ci_lower,or_ci_upper,n,warning", lines[0]);
        var golden = Case(Python, "logit", "infert_factor").GetProperty("terms").EnumerateArray().ToArray();
        Assert.Equal(golden.Length, lines.Length - 1);
        var spontaneous = lines.Single(l => l.Contains(",spontaneous,spontaneous,")).Split(',');
        Close(golden.Single(t => t.GetProperty("term").GetString() == "spontaneous").Number("coef"), double.Parse(spontaneous[3], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void LogitUnivariateTable3Layout()
    {
        string output = System.IO.Path.Combine(_dir, "t3.csv");
        var (code, stdout, _) = Run("stats", "logit", "--data", Path("wdbc.csv"), "--outcome", "target",
            "--predictors", "mean_radius,mean_texture,mean_smoothness", "--univariate", "--layout", "table3", "--out", output);
        Assert.Equal(0, code);
        Assert.Contains("Multivariable model: mean_radius, mean_texture, mean_smoothness; n = 569", stdout);
        Assert.Equal("variable,univariate_OR_95CI,univariate_p,multivariate_OR_95CI,multivariate_p", File.ReadLines(output).First());
    }

    [Fact]
    public void SeparationIsAClearErrorAndFirthFitsIt()
    {
        var (code, _, stderr) = Run("stats", "logit", "--data", Path("mtcars.csv"), "--outcome", "vs", "--predictors", "mpg,cyl", "--factors", "cyl");
        Assert.Equal(1, code);
        Assert.Contains("separated", stderr);
        Assert.Contains("--firth", stderr);
        var firth = Run("stats", "logit", "--data", Path("mtcars.csv"), "--outcome", "vs", "--predictors", "mpg,cyl", "--factors", "cyl", "--firth", "--ci", "profile");
        Assert.Equal(0, firth.Code);
        Assert.Contains("Firth penalised", firth.Out);
        var golden = Case(Python, "firth", "mtcars_vs_cyl_separated").GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("term").GetString() == "cyl[8]");
        string ci = $"({Math.Exp(golden.Number("profile_lower")).ToString("F3", System.Globalization.CultureInfo.InvariantCulture)}–{Math.Exp(golden.Number("profile_upper")).ToString("F3", System.Globalization.CultureInfo.InvariantCulture)})";
        Assert.Contains(ci, firth.Out);
    }

    [Fact]
    public void UsageMistakesAreNamed()
    {
        var (code, _, stderr) = Run("stats", "logit", "--data", Path("wdbc.csv"), "--outcome", "target");
        Assert.Equal(2, code);
        Assert.Contains("--predictors", stderr);
        Assert.Contains("Unrecognized command or argument '--colour'", Run("stats", "baseline", "--data", Path("wdbc.csv"), "--group", "target", "--colour", "red").Err);
        Assert.Contains("--summary must be one of", Run("stats", "baseline", "--data", Path("wdbc.csv"), "--group", "target", "--summary", "mode").Err);
        Assert.Contains("'nope' is not in the data", Run("stats", "baseline", "--data", Path("wdbc.csv"), "--group", "nope").Err);
        Assert.Contains("/no/file.csv: no such file", Run("stats", "logit", "--data", "/no/file.csv", "--outcome", "y", "--predictors", "x").Err);
    }
}
