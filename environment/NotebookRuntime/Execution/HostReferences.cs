using System.Reflection;
using Microsoft.CodeAnalysis;

namespace DlRadiomics.Notebooks.Execution;

/// <summary>
/// The assemblies of the host application (framework and application dependencies, as listed in the process's
/// trusted platform assemblies), so cells can use everything the host references, e.g. <c>using DlRadiomics.Imaging;</c>.
/// Built once per process.
/// </summary>
internal static class HostReferences
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> PathsByName = new(FindPaths);
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        PathsByName.Value.Values.Select(Create).ToList());

    public static IReadOnlyList<MetadataReference> All => References.Value;

    public static MetadataReference Create(string path)
    {
        var xml = Path.ChangeExtension(path, ".xml");
        return MetadataReference.CreateFromFile(path, documentation: File.Exists(xml) ? new XmlDocumentation(xml) : null);
    }

    /// <summary>Version of a host assembly by simple name, or null when the host does not have it.</summary>
    public static Version? AssemblyVersion(string simpleName)
    {
        if (!PathsByName.Value.TryGetValue(simpleName, out var path)) return null;
        try { return AssemblyName.GetAssemblyName(path).Version; }
        catch (BadImageFormatException) { return null; }
    }

    private static IReadOnlyDictionary<string, string> FindPaths()
    {
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        foreach (var path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)) paths.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        foreach (var assembly in new[] { typeof(HostReferences).Assembly, typeof(object).Assembly })
            if (!string.IsNullOrEmpty(assembly.Location)) paths.TryAdd(assembly.GetName().Name!, assembly.Location);
        return paths;
    }
}
