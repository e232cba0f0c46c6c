using System.Globalization;
using System.Text;

namespace DlRadiomics.Radiomics.Batch;

/// <summary>
/// Reads a batch manifest: a CSV with columns <c>ID</c>, <c>Image</c>, <c>Mask</c> and optionally <c>Label</c>
/// (PyRadiomics batch mode's layout) and <c>ROI</c> (ROI name when the mask is a DICOM RTSTRUCT). Images may be DICOM
/// series folders. Relative paths are resolved against the manifest's folder.
/// </summary>
public static class ExtractionManifest
{
    public static IReadOnlyList<ExtractionCase> Read(string path)
    {
        if (!File.Exists(path)) throw new ManifestFormatException($"manifest '{path}' does not exist");
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim().Length == 0)
            throw new ManifestFormatException($"{path}: empty manifest (expected a header ID,Image,Mask[,Label])");
        var header = SplitCsvLine(lines[0]).Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        int Column(string name) => Array.IndexOf(header, name);
        foreach (var required in new[] { "ID", "Image", "Mask" })
            if (Column(required) < 0)
                throw new ManifestFormatException($"{path}: missing column '{required}' (header is: {string.Join(",", header)})");
        int idColumn = Column("ID"), imageColumn = Column("Image"), maskColumn = Column("Mask"), labelColumn = Column("Label"), roiColumn = Column("ROI");

        var cases = new List<ExtractionCase>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 1; r < lines.Length; r++)
        {
            if (lines[r].Trim().Length == 0) continue;
            int row = r + 1;
            var fields = SplitCsvLine(lines[r]).Select(f => f.Trim()).ToArray();
            if (fields.Length != header.Length)
                throw new ManifestFormatException($"{path}, row {row}: {fields.Length} fields, but the header has {header.Length}");
            string id = fields[idColumn], image = fields[imageColumn], mask = fields[maskColumn];
            if (id.Length == 0) throw new ManifestFormatException($"{path}, row {row}: column ID is empty");
            if (!ids.Add(id)) throw new ManifestFormatException($"{path}, row {row}: ID '{id}' appears twice");
            if (image.Length == 0 || mask.Length == 0) throw new ManifestFormatException($"{path}, row {row} (ID {id}): Image and Mask must both be given");
            int? label = null;
            string labelText = labelColumn >= 0 ? fields[labelColumn] : "";
            if (labelText.Length > 0)
                label = int.TryParse(labelText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int l) ? l
                    : throw new ManifestFormatException($"{path}, row {row} (ID {id}): Label '{labelText}' is not an integer");
            string? roi = roiColumn >= 0 && fields[roiColumn].Length > 0 ? fields[roiColumn] : null;
            cases.Add(new ExtractionCase(id, Path.GetFullPath(Path.Combine(folder, image)), Path.GetFullPath(Path.Combine(folder, mask)), label, roi));
        }
        if (cases.Count == 0) throw new ManifestFormatException($"{path}: the manifest lists no cases");
        return cases;
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).</summary>
    internal static string[] SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else sb.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(ch);
        }
        fields.Add(sb.ToString());
        return fields.ToArray();
    }
}
