namespace DlRadiomics.Tests;

/// <summary>Runs the <c>dlr</c> tool in-process, capturing what it writes.</summary>
public static class CliRun
{
    /// <summary>The exit code and the text written to standard output and standard error by <c>dlr args…</c>.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = DlRadiomics.Cli.Dlr.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>As <see cref="Run(string[])"/>, with the given verbs instead of the tool's own.</summary>
    public static (int Code, string Out, string Err) Run(IReadOnlyList<DlRadiomics.Cli.Verb> verbs, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = DlRadiomics.Cli.Dlr.Run(verbs, args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
