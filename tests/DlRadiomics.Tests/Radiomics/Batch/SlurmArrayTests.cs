using System.Diagnostics;
using Xunit.Abstractions;

namespace DlRadiomics.Tests.Radiomics.Batch;

/// <summary>
/// <c>environment/slurm/extract-array.sbatch</c> on a real single-node Slurm (Debian's slurm-wlm and munge, started on
/// 127.0.0.1 by <c>environment/slurm/local-cluster.sh</c> in a temporary folder and stopped afterwards): a 3-task
/// array over a 30-case manifest, merged with <c>dlr merge</c>, gives the single-process table byte for byte.
/// Skipped, with the reason, where Slurm cannot start (not root, packages missing).
/// </summary>
public sealed class SlurmArrayTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan ClusterTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ArrayTimeout = TimeSpan.FromSeconds(240);

    private readonly string _dir = Directory.CreateTempSubdirectory("dlr-slurm-").FullName;
    private string ClusterDir => Path.Combine(_dir, "cluster");
    private static string Script(string name) => Path.Combine(RepoPaths.Root, "environment", "slurm", name);

    public void Dispose()
    {
        if (File.Exists(Path.Combine(ClusterDir, "slurm.conf"))) Run("bash", [Script("local-cluster.sh"), "stop", ClusterDir], null, ClusterTimeout);
        Directory.Delete(_dir, recursive: true);
    }

    [SkippableFact]
    public void A_three_task_array_merged_equals_the_single_process_extraction()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the local Slurm cluster runs on Linux only");
        var clock = Stopwatch.StartNew();
        var start = Run("bash", [Script("local-cluster.sh"), "start", ClusterDir], null, ClusterTimeout);
        Skip.If(start.Code == 3, $"Slurm cannot start here: {start.Stderr.Trim()}");
        Assert.True(start.Code == 0, $"local-cluster.sh start failed ({start.Code}): {start.Stderr}");
        var env = new Dictionary<string, string> { ["SLURM_CONF"] = Path.Combine(ClusterDir, "slurm.conf") };
        output.WriteLine($"cluster up after {clock.Elapsed.TotalSeconds:F1} s");

        string manifest = SyntheticManifest.Write(Path.Combine(_dir, "cohort"), 30);
        string parameters = Path.Combine(_dir, "params.yaml");
        File.WriteAllText(parameters, "setting:\n  binWidth: 5\nfeatureClass:\n  firstorder:\n  glcm:\n  glszm:\n  shape:\n");
        string single = Path.Combine(_dir, "single.csv");
        var extract = CliRun.Run("extract", "--manifest", manifest, "--params", parameters, "--out", single, "--jobs", "2");
        Assert.True(extract.Code == 0, extract.Err);
        output.WriteLine($"single-process extraction done after {clock.Elapsed.TotalSeconds:F1} s");

        string shards = Path.Combine(_dir, "shards");
        string dlr = "dotnet " + Path.Combine(AppContext.BaseDirectory, "dlr.dll");
        var sbatch = Run("sbatch", [
            "--wait", "--array=1-3", "--cpus-per-task=1", $"--output={_dir}/task-%a.log",
            $"--export=ALL,MANIFEST={manifest},PARAMS={parameters},OUT_DIR={shards},DLR={dlr}",
            Script("extract-array.sbatch")], env, ArrayTimeout, workingDirectory: _dir);
        string logs = string.Join("\n", Directory.EnumerateFiles(_dir, "task-*.log").Order().Select(f => $"{Path.GetFileName(f)}:\n{File.ReadAllText(f)}"));
        output.WriteLine($"array done after {clock.Elapsed.TotalSeconds:F1} s; sbatch: {sbatch.Stdout}{sbatch.Stderr}\n{logs}");
        Assert.True(sbatch.Code == 0, $"sbatch --wait exited {sbatch.Code}: {sbatch.Stderr}\n{logs}");
        var parts = Enumerable.Range(1, 3).Select(k => Path.Combine(shards, $"part-{k}-of-3.csv")).ToArray();
        Assert.All(parts, p => Assert.True(File.Exists(p), $"{p} was not written\n{logs}"));
        Assert.Equal([10, 10, 10], parts.Select(p => File.ReadAllLines(p).Length - 1));

        string merged = Path.Combine(_dir, "all.csv");
        var merge = CliRun.Run(["merge", "--manifest", manifest, "--out", merged, .. parts.Reverse()]);
        Assert.True(merge.Code == 0, merge.Err);
        Assert.Equal(File.ReadAllBytes(single), File.ReadAllBytes(merged));
    }

    /// <summary>Runs a program with a time limit; a program still running then is killed and the test fails.</summary>
    private static (int Code, string Stdout, string Stderr) Run(string program, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? env, TimeSpan timeout, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (name, value) in env ?? new Dictionary<string, string>()) info.Environment[name] = value;
        if (workingDirectory is not null) info.WorkingDirectory = workingDirectory;
        Process process;
        try { process = Process.Start(info)!; }
        catch (System.ComponentModel.Win32Exception e) { return (3, "", $"{program}: {e.Message}"); }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds} s");
            }
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
