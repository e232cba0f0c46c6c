using DlRadiomics.Cli;

namespace DlRadiomics.Tests.Radiomics.Ibsi;

public sealed class IbsiCommandTests
{
    [Fact]
    public void Ibsi_verb_prints_the_compliance_table_and_writes_the_report()
    {
        string output = Path.Combine(Directory.CreateTempSubdirectory("dlr-ibsi-").FullName, "report.csv");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Dlr.Run(["ibsi", "--phantom", RepoPaths.Fixture("Radiomics/Ibsi"), "--out", output], stdout, stderr);
        Assert.True(code == 0, stdout + stderr.ToString());
        var total = stdout.ToString().Split('\n').Single(l => l.StartsWith("total", StringComparison.Ordinal));
        Assert.Equal("487", total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        var lines = File.ReadAllLines(output);
        Assert.Equal(488, lines.Length);
        Assert.StartsWith("tag,reference,tolerance,ours,within_tolerance", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("stat_kurt,-0.355,0,", StringComparison.Ordinal) && l.Contains(",yes,"));
    }

    [Fact]
    public void Ibsi_verb_rejects_a_missing_phantom_folder()
    {
        var stderr = new StringWriter();
        int code = Dlr.Run(["ibsi", "--phantom", "/nonexistent/phantom"], new StringWriter(), stderr);
        Assert.NotEqual(0, code);
        Assert.Contains("/nonexistent/phantom", stderr.ToString());
    }
}
