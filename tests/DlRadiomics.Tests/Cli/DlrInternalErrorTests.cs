using System.CommandLine;
using DlRadiomics.Cli;
using DlRadiomics.Statistics;
using static DlRadiomics.Tests.CliRun;

namespace DlRadiomics.Tests.Cli;

/// <summary>What <c>dlr</c> prints and returns when a verb throws: data errors (exit 1) and defects of the tool (exit 70).</summary>
public sealed class DlrInternalErrorTests
{
    /// <summary>A verb that throws the exception it is given, standing in for a defect inside a real verb.</summary>
    private sealed class ThrowingVerb(Exception exception) : Verb("fail now", "throws")
    {
        protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr) => throw exception;
    }

    private static Verb[] Throwing(Exception e) => [new ThrowingVerb(e)];

    [Fact]
    public void UnexpectedExceptionIsOneLineWithExit70AndNoStackTrace()
    {
        var (code, output, error) = Run(Throwing(new InvalidOperationException("matrix not square")), "fail", "now");
        Assert.Equal(Dlr.InternalErrorExitCode, code);
        Assert.Equal(70, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("dlr fail now: internal error: System.InvalidOperationException: matrix not square; please report with the command line", line);
        Assert.DoesNotContain(" at ", error);
    }

    [Fact]
    public void VerbosePrintsTheStackTrace()
    {
        var (code, _, error) = Run(Throwing(new NullReferenceException("x was null")), "fail", "now", "--verbose");
        Assert.Equal(70, code);
        Assert.Contains("internal error: System.NullReferenceException: x was null; please report with the command line", error);
        Assert.Contains(" at ", error);
        Assert.Contains(nameof(ThrowingVerb), error);
    }

    [Fact]
    public void TypedDataErrorsKeepExit1AndTheirMessage()
    {
        var (code, _, error) = Run(Throwing(new StatisticsInputException("column 'age' row 3 is 'abc'; fix it")), "fail", "now");
        Assert.Equal(1, code);
        Assert.Equal("dlr fail now: error: column 'age' row 3 is 'abc'; fix it", error.TrimEnd());
        (code, _, error) = Run(Throwing(new AggregateException(new StatisticsInputException("row 5 is bad"))), "fail", "now");
        Assert.Equal(1, code);
        Assert.Equal("dlr fail now: error: row 5 is bad", error.TrimEnd());
    }

    [Fact]
    public void HelpListsVerbose() => Assert.Contains("--verbose", Run("stats", "roc", "--help").Out);
}
