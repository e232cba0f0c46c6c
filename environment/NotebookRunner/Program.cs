using DlRadiomics.Notebooks.Runner;

// Headless runner and Jupyter kernel for the project's C# notebooks; see RunnerCommands for the verbs.
var stdout = Console.Out;
var stderr = Console.Error;
LibraryFormatters.Install();
return await RunnerCommands.RunAsync(args, stdout, stderr);
