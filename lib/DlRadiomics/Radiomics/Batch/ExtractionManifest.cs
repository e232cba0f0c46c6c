using System.Globalization;
using DlRadiomics.Tables;

namespace DlRadiomics.Radiomics.Batch;

/// <summary>
/// Reads a batch manifest: a CSV with columns <c>ID</c>, <c>Image</c>, <c>Mask</c> and optionally <c>Label</c>
/// (PyRadiomics batch mode's layout) and <c>ROI</c> (ROI name when the mask is a DICOM RTSTRUCT). Images may be DICOM
/// series folders. Relative paths are resolved against the manifest's folder.
/// </summary>
/// <remarks>
/// The file is read by the library's CSV reader (<see cref="CsvTable"/>: RFC 4180 quoting, blank lines skipped, a
/// UTF-8 byte-order mark ignored). Errors name the file, the row (the file line on which the record starts) and the
/// column.
/// </remarks>
public static class ExtractionManifest
{
    public static IReadOnlyList<ExtractionCase> Read(string path)
    {
        if (!File.Exists(path)) throw new ManifestFormatException($"manifest '{path}' does not exist");
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        CsvTable table;
        try { table = CsvTable.Read(path); }
        catch (CsvTableException e) { throw new ManifestFormatException($"{e.Message} (expected a header ID,Image,Mask[,Label][,ROI] and one row per case)", e); }

        var header = table.ColumnNames;
        foreach (var required in new[] { "ID", "Image", "Mask" })
            if (table.ColumnIndex(required) < 0)
                throw new ManifestFormatException($"{path}: missing column '{required}' (header is: {string.Join(",", header)})");
        var repeated = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new ManifestFormatException($"{path}: column '{repeated.Key}' appears more than once in the header");
        int idColumn = table.ColumnIndex("ID"), imageColumn = table.ColumnIndex("Image"), maskColumn = table.ColumnIndex("Mask");
        int labelColumn = table.ColumnIndex("Label"), roiColumn = table.ColumnIndex("ROI");

        var cases = new List<ExtractionCase>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in table.Rows)
        {
            int row = record.Line;
            if (record.Cells.Count != header.Count)
                throw new ManifestFormatException($"{path}, row {row}: {record.Cells.Count} fields, but the header has {header.Count}");
            string Cell(int column) => record.Cells[column].Trim();
            string id = Cell(idColumn), image = Cell(imageColumn), mask = Cell(maskColumn);
            if (id.Length == 0) throw new ManifestFormatException($"{path}, row {row}: column 'ID' is empty");
            if (!ids.Add(id)) throw new ManifestFormatException($"{path}, row {row}, column 'ID': '{id}' appears twice");
            if (image.Length == 0 || mask.Length == 0)
                throw new ManifestFormatException($"{path}, row {row} (ID {id}): column '{(image.Length == 0 ? "Image" : "Mask")}' is empty; Image and Mask must both be given");
            int? label = null;
            string labelText = labelColumn >= 0 ? Cell(labelColumn) : "";
            if (labelText.Length > 0)
                label = int.TryParse(labelText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int l) ? l
                    : throw new ManifestFormatException($"{path}, row {row} (ID {id}), column 'Label': '{labelText}' is not an integer");
            string? roi = roiColumn >= 0 && Cell(roiColumn).Length > 0 ? Cell(roiColumn) : null;
            string Resolve(string relative, string column) =>
                relative.IndexOfAny(Path.GetInvalidPathChars()) is var at && at >= 0
                    ? throw new ManifestFormatException($"{path}, row {row} (ID {id}), column '{column}': the path holds the character U+{(int)relative[at]:X4}, which no file name can contain")
                    : Path.GetFullPath(Path.Combine(folder, relative));
            cases.Add(new ExtractionCase(id, Resolve(image, "Image"), Resolve(mask, "Mask"), label, roi));
        }
        if (cases.Count == 0) throw new ManifestFormatException($"{path}: the manifest lists no cases");
        return cases;
    }
}
