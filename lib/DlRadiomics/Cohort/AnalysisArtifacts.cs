using DlRadiomics.Tables;

namespace DlRadiomics.Cohort;

/// <summary>
/// Intermediate results one notebook leaves for the next (feature tables, selected features, scores), kept per data
/// set under <c>artifacts/intermediate/&lt;data set&gt;/</c> of the repository (or <c>DLR_ARTIFACTS</c>), so a notebook
/// run on its own recomputes what is missing and a run on other data never reads another data set's results.
/// </summary>
public sealed class AnalysisArtifacts
{
    private AnalysisArtifacts(string folder) => Folder = folder;

    /// <summary>The folder of this data set's intermediate results.</summary>
    public string Folder { get; }

    /// <summary>
    /// The intermediate-results folder of <paramref name="data"/>: named after a generated data set's folder
    /// (<c>default</c>, <c>seed7-patients300</c>), or after a user's folder name and a hash of its full path.
    /// </summary>
    public static AnalysisArtifacts For(SyntheticDataPaths data, string? root = null)
    {
        root ??= Environment.GetEnvironmentVariable("DLR_ARTIFACTS") is { Length: > 0 } env
            ? env
            : Path.Combine(SyntheticData.RepositoryFolder() ?? Environment.CurrentDirectory, "artifacts");
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(data.Root));
        var generated = Environment.GetEnvironmentVariable("DLR_DATA") is { Length: > 0 } defaultData
            ? Path.GetDirectoryName(Path.GetFullPath(defaultData))
            : SyntheticData.RepositoryFolder() is { } repository ? Path.Combine(repository, "data", "generated") : null;
        if (!string.Equals(Path.GetDirectoryName(Path.GetFullPath(data.Root)), generated, StringComparison.Ordinal))
            name += "-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(data.Root))))[..8].ToLowerInvariant();
        var folder = Path.Combine(Path.GetFullPath(root), "intermediate", name);
        Directory.CreateDirectory(folder);
        return new AnalysisArtifacts(folder);
    }

    public string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>
    /// The path of <paramref name="fileName"/>, written first by <paramref name="write"/> (given a temporary path,
    /// renamed when it returns) when it does not exist yet. <paramref name="recomputed"/> tells which happened.
    /// </summary>
    public string Ensure(string fileName, Action<string> write, out bool recomputed)
    {
        var path = PathOf(fileName);
        recomputed = !File.Exists(path);
        if (!recomputed) return path;
        var temp = Path.Combine(Folder, $".{fileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            write(temp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return path;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="fileName"/> (replacing it) and returns its path.</summary>
    public string Save(string fileName, string text)
    {
        var path = PathOf(fileName);
        AtomicFile.WriteText(path, overwrite: true, text);
        return path;
    }
}
