using DlRadiomics.Cohort;
using DlRadiomics.Radiomics.Batch;
using DlRadiomics.Tables;

namespace DlRadiomics.Deep;

/// <summary>
/// Reads the cases of <c>dlr deep</c> from either manifest layout: <c>ID,Image,Mask[,Label][,ROI]</c> as for
/// <c>dlr extract</c> (<see cref="ExtractionManifest"/>), or an images manifest
/// (<c>PatientID,Plane,Sequence,Level,ImagePath,MaskPath,RoiKind,Rater,Repeat</c>) filtered by
/// <see cref="ImagesManifestFilter"/> to one case per patient, whose ID is the PatientID.
/// </summary>
public static class DeepManifest
{
    private static readonly string[] ImagesColumns = ["PatientID", "Plane", "ImagePath", "MaskPath", "RoiKind", "Rater", "Repeat"];

    /// <param name="path">The manifest.</param>
    /// <param name="filter">Required for an images manifest; must be null for an ID,Image,Mask manifest.</param>
    public static IReadOnlyList<ExtractionCase> Read(string path, ImagesManifestFilter? filter)
    {
        var table = ReadTable(path);
        if (!ImagesColumns.All(c => table.ColumnIndex(c) >= 0))
        {
            if (filter is not null) throw new ManifestFormatException($"{path}: a plane/ROI/rater filter applies to an images manifest (columns {string.Join(",", ImagesColumns)}), but this one has columns ID,Image,Mask");
            return ExtractionManifest.Read(path);
        }
        if (filter is null) throw new ManifestFormatException($"{path} is an images manifest holding both planes; choose the plane (sagittal or axial)");
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string Cell(CsvRow r, string column) => (r.Cell(table.ColumnIndex(column)) ?? "").Trim();
        string plane = filter.Plane == ImagePlane.Sagittal ? "sagittal" : "axial", roi = filter.RoiUsed.Name();
        string rater = filter.Rater.ToString(), repeat = filter.Repeat.ToString();
        var cases = new List<ExtractionCase>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows.Where(r => Cell(r, "Plane") == plane && Cell(r, "RoiKind") == roi && Cell(r, "Rater") == rater && Cell(r, "Repeat") == repeat))
        {
            string id = Cell(row, "PatientID");
            if (!ids.Add(id)) throw new ManifestFormatException($"{path}, row {row.Line}: patient '{id}' has two {plane} {roi} rows for rater {rater}, repeat {repeat}");
            cases.Add(new ExtractionCase(id, Path.GetFullPath(Path.Combine(folder, Cell(row, "ImagePath"))), Path.GetFullPath(Path.Combine(folder, Cell(row, "MaskPath")))));
        }
        if (cases.Count == 0)
            throw new ManifestFormatException($"{path}: no row has Plane {plane}, RoiKind {roi}, Rater {rater} and Repeat {repeat}; RoiKind values present: {string.Join(", ", table.Rows.Select(r => Cell(r, "RoiKind")).Distinct())}");
        return cases;
    }

    private static CsvTable ReadTable(string path)
    {
        if (!File.Exists(path)) throw new ManifestFormatException($"manifest '{path}' does not exist");
        try { return CsvTable.Read(path); }
        catch (CsvTableException e) { throw new ManifestFormatException(e.Message, e); }
    }
}
