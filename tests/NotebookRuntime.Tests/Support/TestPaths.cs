namespace DlRadiomics.Notebooks.Tests.Support;

/// <summary>Locations the tests use: the repository root (folder of Analysis.sln), test notebooks, the built runner.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string TestNotebook(string name) => Path.Combine(RepositoryRoot, "tests", "NotebookRuntime.Tests", "Notebooks", name);

    public static string TestScript(string name) => Path.Combine(RepositoryRoot, "tests", "NotebookRuntime.Tests", "Kernel", name);

    /// <summary>The runner's native launcher copied beside the test assembly.</summary>
    public static string RunnerExecutable => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "NotebookRunner.exe" : "NotebookRunner");

    /// <summary>Where tests leave files for people to look at: DLR_ARTIFACTS when set, else artifacts/ of the repository.</summary>
    public static string ArtifactsFolder =>
        Environment.GetEnvironmentVariable("DLR_ARTIFACTS") is { Length: > 0 } configured ? configured : Path.Combine(RepositoryRoot, "artifacts");

    public static DirectoryInfo NewTemporaryFolder() => Directory.CreateTempSubdirectory("dlr-notebook-tests-");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Analysis.sln"))) return folder.FullName;
        throw new InvalidOperationException($"no Analysis.sln above {AppContext.BaseDirectory}");
    }
}
