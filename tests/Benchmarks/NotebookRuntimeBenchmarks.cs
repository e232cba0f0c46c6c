using BenchmarkDotNet.Attributes;
using DlRadiomics.Notebooks.Execution;

namespace DlRadiomics.Benchmarks;

/// <summary>
/// Cost of a trivial notebook cell once the session is warm (target: under 50 ms): compile a one-line submission on
/// top of the previous state, run it, capture its value or output.
/// dotnet run -c Release --project tests/Benchmarks -- --filter '*NotebookRuntimeBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class NotebookRuntimeBenchmarks
{
    private NotebookSession session = null!;

    [GlobalSetup]
    public void Setup()
    {
        session = new NotebookSession();
        for (var i = 0; i < 10; i++) session.ExecuteAsync("var warm = 1 + 1;\nConsole.WriteLine(warm);\nwarm").GetAwaiter().GetResult();
    }

    [Benchmark]
    public Task<CellResult> TrivialExpression() => session.ExecuteAsync("1 + 1");

    [Benchmark]
    public Task<CellResult> VariableAndConsoleOutput() => session.ExecuteAsync("var n = 2;\nConsole.WriteLine(n);");
}
