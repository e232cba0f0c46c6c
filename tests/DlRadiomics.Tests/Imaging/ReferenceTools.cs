using System.Diagnostics;

namespace DlRadiomics.Tests.Imaging;

/// <summary>
/// Runs the reference tools (Debian's python3 with nibabel/pydicom, dcmtk) for live cross-checks; a test calling
/// <see cref="RequirePython"/> or <see cref="RequireTool"/> is skipped when the tool is not installed.
/// </summary>
internal static class ReferenceTools
{
    public const string Python = "/usr/bin/python3";

    public static void RequirePython(string module)
    {
        Skip.IfNot(File.Exists(Python), $"{Python} is not installed");
        var (code, _, _) = Run(Python, ["-c", $"import {module}"]);
        Skip.If(code != 0, $"python module {module} is not installed for {Python}");
    }

    public static void RequireTool(string name)
    {
        bool found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, name)));
        Skip.IfNot(found, $"{name} is not on PATH (install dcmtk)");
    }

    public static string RunPython(string script, params string[] args)
    {
        var (code, stdout, stderr) = Run(Python, ["-c", script, .. args]);
        if (code != 0) throw new InvalidOperationException($"python failed ({code}): {stderr}");
        return stdout;
    }

    public static (int Code, string Stdout, string Stderr) Run(string program, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
