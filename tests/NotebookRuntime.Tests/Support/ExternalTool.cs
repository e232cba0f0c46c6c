using System.Diagnostics;

namespace DlRadiomics.Notebooks.Tests.Support;

/// <summary>Runs external programs (Debian's python3, jupyter, the runner) and reports whether they are installed.</summary>
public static class ExternalTool
{
    public const string Python = "/usr/bin/python3";

    /// <summary>True when /usr/bin/python3 can import all the given modules.</summary>
    public static bool PythonHas(params string[] modules) =>
        File.Exists(Python) && Run(Python, ["-c", string.Join(";", modules.Select(m => $"import {m}"))], timeout: TimeSpan.FromSeconds(60)).ExitCode == 0;

    public static ProcessResult Run(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', start.ArgumentList)} did not finish in time; stderr: {stderr.Result}");
        }
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Validates notebooks with nbformat.validate (the official schema); returns the validator's complaints, empty when valid.</summary>
    public static string ValidateNotebooks(params string[] paths)
    {
        var script = "import nbformat, sys\nfor p in sys.argv[1:]:\n    nbformat.validate(nbformat.read(p, as_version=nbformat.NO_CONVERT))\n    nb = nbformat.read(p, as_version=4)\n    assert nb.nbformat == 4 and nb.nbformat_minor >= 5, p\n";
        var result = Run(Python, new[] { "-c", script }.Concat(paths));
        return result.ExitCode == 0 ? "" : result.StandardError;
    }
}

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);
