namespace DlRadiomics.Tables;

/// <summary>
/// Writes a file under a temporary name beside its target and renames it at the end, so an interrupted or failed
/// write never leaves a truncated file under the final name, and an existing file is replaced only when asked.
/// </summary>
public static class AtomicFile
{
    /// <exception cref="IOException"><paramref name="path"/> exists and <paramref name="overwrite"/> is false.</exception>
    public static void Write(string path, bool overwrite, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        if (File.Exists(full) && !overwrite)
            throw new IOException($"output '{path}' already exists; pass --force to overwrite it");
        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write)) write(stream);
            File.Move(temp, full, overwrite);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    public static void WriteText(string path, bool overwrite, string text) =>
        Write(path, overwrite, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(text);
        });
}
