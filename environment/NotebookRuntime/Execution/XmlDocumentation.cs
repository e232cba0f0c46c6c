using System.Globalization;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace DlRadiomics.Notebooks.Execution;

/// <summary>XML documentation of a referenced assembly (the .xml file beside it), read when first asked for.</summary>
internal sealed class XmlDocumentation(string path) : DocumentationProvider
{
    private readonly string file = path;

    private readonly Lazy<IReadOnlyDictionary<string, string>> members = new(() =>
        XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => m.Attribute("name")!.Value)
            .ToDictionary(g => g.Key, g => g.First().ToString()));

    protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
        members.Value.TryGetValue(documentationMemberID, out var xml) ? xml : null;

    public override bool Equals(object? obj) => obj is XmlDocumentation other && other.file == file;

    public override int GetHashCode() => file.GetHashCode(StringComparison.Ordinal);
}
