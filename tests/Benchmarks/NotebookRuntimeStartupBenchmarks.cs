using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DlRadiomics.Notebooks.Execution;

namespace DlRadiomics.Benchmarks;

/// <summary>
/// Start-up to the first cell result (target: under 3 s): each launch is a fresh process, so the single measured
/// iteration includes loading Roslyn, JIT, reading the host's references and compiling the first submission.
/// dotnet run -c Release --project tests/Benchmarks -- --filter '*NotebookRuntimeStartupBenchmarks*'
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 1)]
public class NotebookRuntimeStartupBenchmarks
{
    [Benchmark]
    public async Task<CellResult> FirstCellOfANewSession()
    {
        var session = new NotebookSession();
        return await session.ExecuteAsync("var greeting = \"hello\";\ngreeting.Length");
    }
}
