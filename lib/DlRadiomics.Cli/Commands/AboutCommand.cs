using System.CommandLine;
using System.Runtime.InteropServices;

namespace DlRadiomics.Cli.Commands;

/// <summary><c>dlr about</c>: versions of the tool and its runtime, for bug reports and methods sections.</summary>
public sealed class AboutCommand() : Verb("about", "print the versions of dlr and its runtime")
{
    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine($"dlr {typeof(DlRadiomicsException).Assembly.GetName().Version}");
        stdout.WriteLine($"runtime {RuntimeInformation.FrameworkDescription} on {RuntimeInformation.RuntimeIdentifier}, {Environment.ProcessorCount} cores");
        return 0;
    }
}
