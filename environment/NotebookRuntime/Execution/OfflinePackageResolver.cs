using System.Xml.Linq;

namespace DlRadiomics.Notebooks.Execution;

/// <summary>
/// Resolves <c>#r "nuget: Name, Version"</c> without a network: first against assemblies the runtime already
/// references, then in the local NuGet package cache (<c>NUGET_PACKAGES</c> or <c>~/.nuget/packages</c>), following
/// the package's dependencies the same way.
/// </summary>
internal sealed class OfflinePackageResolver(Func<string, Version?> referencedAssemblyVersion, string? packagesRoot = null)
{
    private static readonly string[] FrameworkPreference =
        ["net10.0", "net9.0", "net8.0", "net7.0", "net6.0", "net5.0", "netcoreapp3.1", "netstandard2.1", "netstandard2.0", "netstandard1.6", "netstandard1.3", "netstandard1.0"];

    public string PackagesRoot { get; } = packagesRoot
        ?? Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Resolves one request to assembly paths to reference; notes describe substitutions made.</summary>
    public (IReadOnlyList<string> Assemblies, IReadOnlyList<string> Notes) Resolve(PackageRequest request)
    {
        var assemblies = new List<string>();
        var notes = new List<string>();
        Resolve(request.Name, request.Version, exact: true, assemblies, notes, new HashSet<string>(StringComparer.OrdinalIgnoreCase), requestedBy: null);
        return (assemblies, notes);
    }

    private void Resolve(string name, string? version, bool exact, List<string> assemblies, List<string> notes, HashSet<string> visited, string? requestedBy)
    {
        if (!visited.Add(name)) return;
        if (referencedAssemblyVersion(name) is { } loaded)
        {
            if (exact && version is not null && Version.TryParse(version, out var wanted) && !SameRelease(wanted, loaded))
                notes.Add($"nuget: {name} {version} requested; using the runtime's {name} {loaded.ToString(3)}");
            return;
        }
        var packageFolder = Path.Combine(PackagesRoot, name.ToLowerInvariant());
        var available = Directory.Exists(packageFolder)
            ? Directory.GetDirectories(packageFolder).Select(Path.GetFileName).OfType<string>().ToList()
            : [];
        var chosen = ChooseVersion(available, version, exact)
            ?? throw new PackageResolutionException(
                $"Cannot resolve NuGet package '{name}'{(version is null ? "" : $" version {version}")}{(requestedBy is null ? "" : $" (a dependency of {requestedBy})")} offline: " +
                $"the runtime does not reference it and the local package cache {PackagesRoot} " +
                (available.Count == 0 ? "does not contain it." : $"has only {string.Join(", ", available)}.") +
                " Restore it once with 'dotnet restore' in a project that references it, or reference a DLL with #r \"path.dll\".");
        var folder = Path.Combine(packageFolder, chosen);
        var lib = Path.Combine(folder, "lib");
        if (Directory.Exists(lib) && FrameworkPreference.Select(f => Path.Combine(lib, f)).FirstOrDefault(Directory.Exists) is { } tfmFolder)
            assemblies.AddRange(Directory.GetFiles(tfmFolder, "*.dll"));
        foreach (var (dependency, dependencyVersion) in Dependencies(folder, name))
            Resolve(dependency, dependencyVersion, exact: false, assemblies, notes, visited, $"{name} {chosen}");
    }

    private static bool SameRelease(Version wanted, Version loaded) =>
        wanted.Major == loaded.Major && wanted.Minor == loaded.Minor && Math.Max(wanted.Build, 0) == Math.Max(loaded.Build, 0);

    private static string? ChooseVersion(List<string> available, string? version, bool exact)
    {
        if (available.Count == 0) return null;
        var ordered = available.Select(v => (Text: v, Parsed: ParseVersion(v))).OrderBy(v => v.Parsed).ToList();
        if (version is null) return ordered[^1].Text;
        if (available.Contains(version, StringComparer.OrdinalIgnoreCase)) return version;
        if (exact) return null;
        var minimum = ParseVersion(version);
        return ordered.FirstOrDefault(v => v.Parsed >= minimum).Text;
    }

    private static Version ParseVersion(string text) =>
        Version.TryParse(text.Split('-', '+')[0], out var v) ? v : new Version(0, 0);

    private static IEnumerable<(string Name, string Version)> Dependencies(string packageFolder, string name)
    {
        var nuspec = Directory.Exists(packageFolder) ? Directory.GetFiles(packageFolder, "*.nuspec").FirstOrDefault() : null;
        if (nuspec is null) yield break;
        var document = XDocument.Load(nuspec);
        var dependencies = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "dependencies");
        if (dependencies is null) yield break;
        var groups = dependencies.Elements().Where(e => e.Name.LocalName == "group").ToList();
        var chosen = groups.Count == 0
            ? dependencies
            : FrameworkPreference.Select(f => groups.FirstOrDefault(g => NormalizeFramework(g.Attribute("targetFramework")?.Value) == f)).FirstOrDefault(g => g is not null)
              ?? groups.FirstOrDefault(g => g.Attribute("targetFramework") is null);
        if (chosen is null) yield break;
        foreach (var dependency in chosen.Elements().Where(e => e.Name.LocalName == "dependency"))
        {
            var id = dependency.Attribute("id")?.Value;
            if (id is null) continue;
            var range = dependency.Attribute("version")?.Value ?? "0.0";
            yield return (id, range.Trim('[', '(', ')', ']').Split(',')[0].Trim() is { Length: > 0 } lower ? lower : "0.0");
        }
    }

    private static string? NormalizeFramework(string? framework) => framework?.ToLowerInvariant().TrimStart('.');
}
