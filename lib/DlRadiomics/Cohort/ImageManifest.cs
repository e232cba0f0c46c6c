using System.Globalization;
using DlRadiomics.Radiomics.Batch;
using DlRadiomics.Tables;

namespace DlRadiomics.Cohort;

/// <summary>
/// Reads an images manifest (schema <c>images</c>: PatientID, Plane, Sequence, Level, ImagePath, MaskPath, RoiKind,
/// Rater, Repeat) and picks the extraction cases of one ROI and delineation. Validate the manifest first
/// (<see cref="SchemaValidator"/>) for a report of every violation; this reader stops at the first.
/// </summary>
public static class ImageManifest
{
    public static IReadOnlyList<ImageManifestRow> Read(string path)
    {
        var table = CsvTable.Read(path).EnsureRectangular();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string[] Column(string name) => table.Text(name).ToArray();
        var (ids, planes, sequences, levels, images, masks, rois, raters, repeats) = (Column("PatientID"), Column("Plane"), Column("Sequence"), Column("Level"),
            Column("ImagePath"), Column("MaskPath"), Column("RoiKind"), Column("Rater"), Column("Repeat"));
        int Integer(string[] column, string name, int row) => int.TryParse(column[row], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v
            : throw new ManifestFormatException($"{path}, line {table.LineOf(row)}, column {name}: '{column[row]}' is not an integer");
        RoiKind Roi(int row)
        {
            try { return RoiKinds.Parse(rois[row]); }
            catch (ArgumentException e) { throw new ManifestFormatException($"{path}, line {table.LineOf(row)}, column RoiKind: {e.Message}"); }
        }
        return Enumerable.Range(0, table.RowCount).Select(r => new ImageManifestRow(ids[r], planes[r], sequences[r], levels[r],
            Path.GetFullPath(Path.Combine(folder, images[r])), Path.GetFullPath(Path.Combine(folder, masks[r])), Roi(r),
            Integer(raters, "Rater", r), Integer(repeats, "Repeat", r))).ToList();
    }

    /// <summary>One extraction case per patient with a mask of <paramref name="roi"/> by <paramref name="rater"/> (attempt <paramref name="repeat"/>), in manifest order; the case id is the patient id.</summary>
    public static IReadOnlyList<ExtractionCase> Cases(IEnumerable<ImageManifestRow> rows, RoiKind roi, int rater = 1, int repeat = 1) =>
        rows.Where(r => r.Roi == roi && r.Rater == rater && r.Repeat == repeat)
            .Select(r => new ExtractionCase(r.PatientId, r.ImagePath, r.MaskPath))
            .ToList();
}
