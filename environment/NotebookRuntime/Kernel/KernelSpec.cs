using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DlRadiomics.Notebooks.Kernel;

/// <summary>The Jupyter kernelspec of the C# kernel, and the notebook metadata that selects it.</summary>
public static class KernelSpec
{
    public const string Name = "dlradiomics-csharp";
    public const string DisplayName = "C# (DlRadiomics)";
    public const string Language = "C#";

    /// <summary>Folder Jupyter searches for kernelspecs: --prefix P → P/share/jupyter/kernels, --user → the user's data dir, else the system one.</summary>
    public static string KernelsFolder(bool user, string? prefix)
    {
        if (prefix is not null) return Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels");
        if (!user) return "/usr/local/share/jupyter/kernels";
        var data = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        if (string.IsNullOrEmpty(data))
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            data = Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share") : xdg, "jupyter");
        }
        return Path.Combine(data, "kernels");
    }

    /// <summary>Writes kernel.json into KERNELS/<see cref="Name"/>; <paramref name="launch"/> is the command that starts the runner.</summary>
    public static string Install(string kernelsFolder, IReadOnlyList<string> launch)
    {
        var folder = Path.Combine(kernelsFolder, Name);
        Directory.CreateDirectory(folder);
        var argv = new JsonArray(launch.Concat(["kernel", "--connection-file", "{connection_file}"]).Select(a => (JsonNode?)a).ToArray());
        var spec = new JsonObject
        {
            ["argv"] = argv,
            ["display_name"] = DisplayName,
            ["language"] = Language,
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
        var path = Path.Combine(folder, "kernel.json");
        File.WriteAllText(path, spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        return path;
    }

    /// <summary>Notebook-level metadata (kernelspec and language_info) for notebooks of this kernel.</summary>
    public static JsonObject NotebookMetadata() => new()
    {
        ["kernelspec"] = new JsonObject { ["display_name"] = DisplayName, ["language"] = Language, ["name"] = Name },
        ["language_info"] = LanguageInfo(),
    };

    public static JsonObject LanguageInfo() => new()
    {
        ["name"] = Language,
        ["version"] = "14.0",
        ["mimetype"] = "text/x-csharp",
        ["file_extension"] = ".cs",
        ["pygments_lexer"] = "csharp",
        ["codemirror_mode"] = "text/x-csharp",
    };
}
