namespace DlRadiomics.Tests;

/// <summary>
/// The one way tests reach <c>../shared</c> (reference data made by others, beside the clone). When it is absent the
/// test is skipped with a reason instead of failing; small fixtures every clone needs live in <c>tests/</c> instead.
/// Set <c>DLR_SHARED</c> to point elsewhere.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The shared folder, or null when no clone-adjacent copy exists.</summary>
    public static string? RootOrNull => Root.Value;

    /// <summary>Full path of <paramref name="relative"/> under shared/, skipping the test if it is not there.</summary>
    public static string Path(string relative)
    {
        Skip.If(Root.Value is null, "reference data folder ../shared not found beside the repository (set DLR_SHARED to its path)");
        string full = System.IO.Path.Combine(Root.Value!, relative);
        Skip.IfNot(File.Exists(full) || Directory.Exists(full), $"reference file shared/{relative} is absent");
        return full;
    }

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("DLR_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "reference"))) return candidate;
        }
        return null;
    }
}

/// <summary>Paths inside the repository (fixtures, golden values, schemas) found from the test output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Tests => System.IO.Path.Combine(Root, "tests", "DlRadiomics.Tests");
    public static string Fixture(string relative) => System.IO.Path.Combine(Tests, "Fixtures", relative);
    public static string Golden(string relative) => System.IO.Path.Combine(Tests, "Golden", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Analysis.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (folder with Analysis.sln) not found above " + AppContext.BaseDirectory);
    }
}
