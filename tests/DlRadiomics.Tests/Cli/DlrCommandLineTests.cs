using DlRadiomics.Cli;
using static DlRadiomics.Tests.CliRun;

namespace DlRadiomics.Tests.Cli;

/// <summary>The <c>dlr</c> command tree: verbs found by reflection, help, exit codes of usage mistakes.</summary>
public sealed class DlrCommandLineTests
{
    [Fact]
    public void EveryVerbIsReachableUnderItsGroupAndListedInTheHelp()
    {
        var verbs = Dlr.CreateVerbs();
        Assert.Contains(verbs, v => v.Name == "stats roc");
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        foreach (var word in verbs.Select(v => v.Name.Split(' ')[0]).Distinct()) Assert.Contains(word, output);
        var (statsCode, statsHelp, _) = Run("stats", "--help");
        Assert.Equal(0, statsCode);
        foreach (var verb in verbs.Where(v => v.Name.StartsWith("stats ", StringComparison.Ordinal))) Assert.Contains(verb.Name.Split(' ')[1], statsHelp);
    }

    [Fact]
    public void VerbHelpShowsOptionsDefaultsChoicesAndNotes()
    {
        var (code, help, _) = Run("stats", "roc", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--bootstrap <N>", help);
        Assert.Contains("[default: 2000]", help);
        Assert.Contains("<midpoint|observed>", help);
        Assert.Contains("JSON fields:", help);
    }

    [Fact]
    public void UsageMistakesExitWithTwoAndPrintTheVerbsHelpOnStandardError()
    {
        Assert.Equal(2, Run().Code);
        var (code, output, error) = Run("stats", "roc", "--data", "x.csv", "--outcome", "y", "--score", "s", "--seed", "one");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("dlr stats roc: --seed expects an integer, got 'one'", error);
        Assert.Contains("Usage:", error);
        (code, _, error) = Run("stats", "roc", "--outcome", "y", "--score", "s");
        Assert.Equal(2, code);
        Assert.Contains("'--data' is required", error);
        (code, _, error) = Run("nonsense");
        Assert.Equal(2, code);
        Assert.Contains("'nonsense'", error);
    }
}
