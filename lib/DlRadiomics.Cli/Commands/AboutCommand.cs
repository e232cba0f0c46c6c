using System.Runtime.InteropServices;

namespace DlRadiomics.Cli.Commands;

/// <summary><c>dlr about</c>: versions of the tool and its runtime, for bug reports and methods sections.</summary>
public sealed class AboutCommand : ICommand
{
    public string Name => "about";
    public string Summary => "print the versions of dlr and its runtime";
    public string Usage => "usage: dlr about";

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        args.EnsureAllUsed();
        stdout.WriteLine($"dlr {typeof(DlRadiomicsException).Assembly.GetName().Version}");
        stdout.WriteLine($"runtime {RuntimeInformation.FrameworkDescription} on {RuntimeInformation.RuntimeIdentifier}, {Environment.ProcessorCount} cores");
        return 0;
    }
}
