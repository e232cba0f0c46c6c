using System.CommandLine;
using DlRadiomics.Tables;

namespace DlRadiomics.Cli.Commands.Statistics;

/// <summary>The <c>--out</c>/<c>--force</c> pair of the statistics verbs: checked before computing, written atomically.</summary>
internal static class OutputFile
{
    /// <summary>Usage errors: an existing <c>--out</c> file without <c>--force</c>, or a folder that does not exist.</summary>
    public static IEnumerable<string> Problems(ParseResult parse, Option<string?> output, Option<bool> force)
    {
        if (parse.GetValue(output) is not { } path) yield break;
        if (File.Exists(path) && !parse.GetValue(force)) yield return $"--out '{path}' already exists; add --force to overwrite it";
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null && !Directory.Exists(dir)) yield return $"--out '{path}': folder '{dir}' does not exist";
    }

    public static void Write(string? path, string content, TextWriter stdout) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(content);
        }, stdout);

    /// <summary>Writes under a temporary name and renames at the end (<see cref="AtomicFile"/>); nothing when <paramref name="path"/> is null.</summary>
    public static void Write(string? path, Action<Stream> write, TextWriter stdout)
    {
        if (path is null) return;
        AtomicFile.Write(path, overwrite: true, write);
        stdout.WriteLine($"wrote {path}");
    }
}
