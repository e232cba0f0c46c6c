using DlRadiomics.Tables;

namespace DlRadiomics.Cli.Commands.Statistics;

/// <summary>Writes a verb's <c>--out</c> file, refusing to replace an existing file unless <c>--force</c> was given.</summary>
internal static class OutputFile
{
    public static void Write(string? path, bool force, string content, TextWriter stdout) =>
        Write(path, force, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(content);
        }, stdout);

    /// <summary>Writes under a temporary name and renames at the end (<see cref="AtomicFile"/>).</summary>
    public static void Write(string? path, bool force, Action<Stream> write, TextWriter stdout)
    {
        if (path is null) return;
        EnsureReplaceable(path, force);
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null && !Directory.Exists(dir)) throw new UsageException($"--out '{path}': folder '{dir}' does not exist");
        AtomicFile.Write(path, overwrite: true, write);
        stdout.WriteLine($"wrote {path}");
    }

    /// <summary>Refuses an existing <c>--out</c> file unless <c>--force</c> was given; verbs call it before computing.</summary>
    public static void EnsureReplaceable(string? path, bool force)
    {
        if (path is not null && File.Exists(path) && !force)
            throw new UsageException($"--out '{path}' already exists; add --force to overwrite it");
    }

    /// <summary>Parses an enumerated option value, listing the accepted values on a mistake.</summary>
    public static T Choice<T>(CliArguments args, string name, T fallback, params (string Text, T Value)[] choices)
    {
        var v = args.Optional(name);
        if (v is null) return fallback;
        foreach (var (text, value) in choices) if (string.Equals(text, v, StringComparison.OrdinalIgnoreCase)) return value;
        throw new UsageException($"--{name} must be one of {string.Join(", ", choices.Select(c => c.Text))}; got '{v}'");
    }
}
