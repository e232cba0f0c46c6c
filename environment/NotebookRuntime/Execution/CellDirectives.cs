using System.Text.RegularExpressions;

namespace DlRadiomics.Notebooks.Execution;

/// <summary>
/// The .NET Interactive directives of one cell: <c>#r "nuget: Name, Version"</c>, <c>#!csharp</c>, <c>#!about</c>.
/// Directive lines are blanked in <see cref="Code"/> so line numbers of the remaining code do not move;
/// <c>#r "file.dll"</c> stays for Roslyn to resolve.
/// </summary>
internal sealed partial record CellDirectives(string Code, IReadOnlyList<PackageRequest> Packages, bool ShowAbout, string? Unsupported)
{
    [GeneratedRegex("""^\s*#r\s+"nuget:\s*(?<name>[^,"\s]+)\s*(,\s*(?<version>[^"\s]+)\s*)?"\s*$""")]
    private static partial Regex NuGetReference();

    [GeneratedRegex(@"^\s*#!(?<magic>\S+)")]
    private static partial Regex MagicCommand();

    public static CellDirectives Parse(string cell)
    {
        var lines = cell.Replace("\r\n", "\n").Split('\n');
        var packages = new List<PackageRequest>();
        var about = false;
        string? unsupported = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (NuGetReference().Match(lines[i]) is { Success: true } package)
            {
                var version = package.Groups["version"].Success ? package.Groups["version"].Value : null;
                packages.Add(new PackageRequest(package.Groups["name"].Value, version, i + 1));
                lines[i] = "";
            }
            else if (MagicCommand().Match(lines[i]) is { Success: true } magic)
            {
                switch (magic.Groups["magic"].Value.ToLowerInvariant())
                {
                    case "csharp" or "c#": break;
                    case "about": about = true; break;
                    default: unsupported ??= $"line {i + 1}: magic command '#!{magic.Groups["magic"].Value}' is not supported (cells are C#; supported: #!csharp, #!about, #r)"; break;
                }
                lines[i] = "";
            }
        }
        return new CellDirectives(string.Join('\n', lines), packages, about, unsupported);
    }
}

/// <summary>A <c>#r "nuget: …"</c> request; <paramref name="Version"/> null means the highest available.</summary>
internal sealed record PackageRequest(string Name, string? Version, int Line);
