namespace DlRadiomics.Notebooks.Runner;

/// <summary>The repository root: the nearest folder at or above the current one that contains Analysis.sln.</summary>
public static class RepositoryRoot
{
    public static string? Find(string? start = null)
    {
        for (var folder = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Analysis.sln"))) return folder.FullName;
        return null;
    }

}
