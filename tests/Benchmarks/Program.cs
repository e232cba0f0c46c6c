using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*'   (BenchmarkDotNet's own switches)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
