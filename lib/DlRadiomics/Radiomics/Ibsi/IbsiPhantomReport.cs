using System.Globalization;
using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// Compliance of this library with IBSI-1's digital phantom: every tag of the reference table with our IBSI-convention
/// value, the PyRadiomics-convention value where there is one, and whether each is within the published tolerance.
/// </summary>
public sealed record IbsiPhantomReport(IReadOnlyList<IbsiReportRow> Rows)
{
    /// <summary>Tags in the reference table.</summary>
    public int TagCount => Rows.Count;

    /// <summary>Tags with a published reference value.</summary>
    public int ReferencedCount => Rows.Count(r => r.Reference is not null);

    /// <summary>Tags we compute with the IBSI definition.</summary>
    public int ComputedCount => Rows.Count(r => r.Ours is not null);

    /// <summary>Computed tags within tolerance.</summary>
    public int WithinToleranceCount => Rows.Count(r => r.WithinTolerance);

    /// <summary>Tags with a PyRadiomics counterpart.</summary>
    public int PyRadiomicsCount => Rows.Count(r => r.PyRadiomics is not null);

    /// <summary>Tags whose PyRadiomics counterpart is within tolerance.</summary>
    public int PyRadiomicsWithinToleranceCount => Rows.Count(r => r.PyRadiomicsWithinTolerance == true);

    /// <summary>Reads <c>image.nii.gz</c>, <c>mask.nii.gz</c> and <c>reference_values.csv</c> of a phantom folder and compares.</summary>
    public static IbsiPhantomReport FromDirectory(string directory, RadiomicsSettings? settings = null)
    {
        var image = ImageFile.ReadImage(Path.Combine(directory, "image.nii.gz"));
        var mask = ImageFile.ReadMask(Path.Combine(directory, "mask.nii.gz"));
        return Compute(image, mask, IbsiReferenceValue.ReadTable(Path.Combine(directory, "reference_values.csv")), settings);
    }

    /// <summary>Compares the features of <paramref name="image"/> and <paramref name="mask"/> with <paramref name="references"/>.</summary>
    public static IbsiPhantomReport Compute(VoxelImage image, LabelMask mask, IReadOnlyList<IbsiReferenceValue> references, RadiomicsSettings? settings = null)
    {
        var ibsi = IbsiFeatureExtractor.ComputeIbsi(image, mask, settings);
        var pyradiomics = IbsiFeatureExtractor.ComputePyRadiomics(image, mask, settings);
        var rows = references.Select(reference =>
        {
            var d = IbsiFeatureMap.Find(reference.Tag);
            double? ours = ibsi.TryGetValue(reference.Tag, out double v) ? v : null;
            double? py = pyradiomics.TryGetValue(reference.Tag, out double p) ? p : null;
            return new IbsiReportRow(reference.Tag, reference.Reference, reference.Tolerance, ours, ours is { } o && reference.IsWithin(o),
                d.PyRadiomicsLabel, py, py is { } q ? reference.IsWithin(q) : null, d.Agreement, d.Note);
        }).ToList();
        return new IbsiPhantomReport(rows);
    }

    /// <summary>Writes the report as CSV (comma-separated, invariant culture, R-round-trip numbers).</summary>
    public void WriteCsv(TextWriter writer)
    {
        writer.WriteLine("tag,reference,tolerance,ours,within_tolerance,pyradiomics_feature,pyradiomics,pyradiomics_within_tolerance,agreement,note");
        foreach (var r in Rows)
            writer.WriteLine(string.Join(",", r.Tag, Number(r.Reference), Number(r.Tolerance), Number(r.Ours), r.Ours is null ? "" : r.WithinTolerance ? "yes" : "no",
                r.PyRadiomicsFeature ?? "", Number(r.PyRadiomics), r.PyRadiomicsWithinTolerance is { } w ? (w ? "yes" : "no") : "", r.Agreement, Quote(r.Note)));
    }

    private static string Number(double? v) => v is { } x ? x.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";
}
