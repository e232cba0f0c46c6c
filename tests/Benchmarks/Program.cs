using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*'   (BenchmarkDotNet's own switches)
// dotnet run -c Release --project tests/Benchmarks -- learners …      (the model-comparison timing of run-learners.sh)
if (args.Length > 0 && args[0] == "learners") return DlRadiomics.Benchmarks.LearnerTiming.Run(args[1..]);
// dotnet run -c Release --project tests/Benchmarks -- deep …          (the deep-feature timing of run-deep.sh)
if (args.Length > 0 && args[0] == "deep") return DlRadiomics.Benchmarks.DeepTiming.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
