namespace DlRadiomics.Notebooks.Execution;

/// <summary>Settings of a <see cref="NotebookSession"/>.</summary>
public sealed record SessionOptions
{
    /// <summary>Folder against which <c>#r "relative.dll"</c> and <c>#load</c> paths resolve.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Longest time one cell may run; null for no limit.</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>How long an interrupted or timed-out cell gets to reach a cancellation check before it is abandoned.</summary>
    public TimeSpan InterruptGracePeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Assembly files referenced by every cell in addition to the host application's own assemblies.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Namespaces imported in every cell in addition to the defaults (System, System.Linq, …).</summary>
    public IReadOnlyList<string> Imports { get; init; } = [];

    /// <summary>NuGet package cache for <c>#r "nuget: …"</c>; null for NUGET_PACKAGES or ~/.nuget/packages.</summary>
    public string? PackagesRoot { get; init; }
}
