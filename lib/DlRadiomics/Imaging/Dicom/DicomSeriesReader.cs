using System.Globalization;

namespace DlRadiomics.Imaging.Dicom;

/// <summary>
/// Reads a folder of single-frame DICOM images as one volume, as ITK's <c>ImageSeriesReader</c> with GDCM does:
/// files are grouped by SeriesInstanceUID, sorted by the projection of ImagePositionPatient on the slice normal
/// (row cosine × column cosine), and stacked.
/// </summary>
/// <remarks>
/// Geometry: origin = position of the first slice after sorting; direction columns = row cosine, column cosine, normal;
/// spacing = (PixelSpacing[1], PixelSpacing[0], d) with d = (p_last − p_first)·n / (N − 1), the mean distance between
/// slices (SliceThickness for a single slice). Slices must share size, orientation and pixel spacing and be evenly
/// spaced (each gap within 1 % of the mean), otherwise the series cannot be a regular grid and an error names the
/// files; positions must lie on the line along the normal (no gantry tilt) within 1 % of a pixel. Pixels are read
/// one slice at a time straight into the volume.
/// </remarks>
public static class DicomSeriesReader
{
    /// <summary>Relative tolerance on gaps between slices before a series counts as unevenly spaced.</summary>
    public const double SliceGapTolerance = 0.01;

    /// <summary>The image series in <paramref name="folder"/> (non-image DICOM files such as RTSTRUCT are left out).</summary>
    public static IReadOnlyList<DicomSeriesInfo> ListSeries(string folder) =>
        ScanFolder(folder).GroupBy(s => s.SeriesInstanceUid).Select(Info).OrderBy(s => s.SeriesInstanceUid, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Reads the series in <paramref name="folder"/>; <paramref name="seriesUid"/> chooses one when the folder holds
    /// several (otherwise <see cref="AmbiguousSeriesException"/> lists them).
    /// </summary>
    public static VoxelImage Read(string folder, string? seriesUid = null) => ReadWithLayout(folder, seriesUid).Image;

    /// <summary>Reads the series like <see cref="Read"/> and also returns its layout (UIDs, files, frame of reference).</summary>
    public static (VoxelImage Image, DicomSeriesLayout Layout) ReadWithLayout(string folder, string? seriesUid = null)
    {
        var (layout, slices) = Layout(folder, seriesUid);
        return (ReadPixels(layout.Geometry, slices), layout);
    }

    /// <summary>Reads one single-frame image file as a one-slice volume (slice spacing = SliceThickness, else 1).</summary>
    public static VoxelImage ReadFile(string path)
    {
        var slice = DicomSlice.FromFile(DicomFile.Read(path));
        var geometry = new ImageGeometry(
            new Size3(slice.Columns, slice.Rows, 1),
            new Vec3(slice.ColumnSpacing, slice.RowSpacing, slice.SliceThickness is > 0 ? slice.SliceThickness.Value : 1.0),
            slice.Position,
            Direction.FromAxes(slice.RowDirection, slice.ColumnDirection, slice.Normal));
        return ReadPixels(geometry, [slice]);
    }

    private static VoxelImage ReadPixels(ImageGeometry g, IReadOnlyList<DicomSlice> slices)
    {
        var voxels = new double[g.VoxelCount];
        int perSlice = g.Size.X * g.Size.Y;
        var buffer = Array.Empty<byte>();
        for (int k = 0; k < slices.Count; k++)
        {
            var slice = slices[k];
            int bytes = perSlice * slice.Encoding.BytesPerPixel;
            if (buffer.Length < bytes) buffer = new byte[bytes];
            ReadPixelBytes(slice, buffer.AsSpan(0, bytes));
            slice.Encoding.Decode(buffer.AsSpan(0, bytes), voxels.AsSpan(k * perSlice, perSlice));
        }
        return new VoxelImage(g, voxels) { StoredType = PixelType(slices) };
    }

    /// <summary>
    /// The slices' common <see cref="PixelEncoding.PixelType"/>; float64 when slices differ (a per-slice rescale), which
    /// holds every slice's values exactly.
    /// </summary>
    private static VoxelType PixelType(IReadOnlyList<DicomSlice> slices)
    {
        var first = slices[0].Encoding.PixelType;
        return slices.All(s => s.Encoding.PixelType == first) ? first : VoxelType.Float64;
    }

    /// <summary>The grid of the series without reading its pixels (for rasterising contours onto it).</summary>
    public static DicomSeriesLayout ReadLayout(string folder, string? seriesUid = null) => Layout(folder, seriesUid).Layout;

    private static (DicomSeriesLayout Layout, List<DicomSlice> Slices) Layout(string folder, string? seriesUid)
    {
        var all = ScanFolder(folder);
        var groups = all.GroupBy(s => s.SeriesInstanceUid).ToArray();
        IGrouping<string, DicomSlice> chosen;
        if (seriesUid is not null)
        {
            chosen = groups.FirstOrDefault(g => g.Key == seriesUid)
                ?? throw new DicomFormatException(folder, $"no series with SeriesInstanceUID {seriesUid}; the folder holds:\n" +
                    string.Join("\n", groups.Select(g => $"  {g.Key}  {g.Count()} slices")));
        }
        else if (groups.Length > 1) throw new AmbiguousSeriesException(folder, groups.Select(Info).OrderBy(s => s.SeriesInstanceUid, StringComparer.Ordinal).ToArray());
        else chosen = groups[0];

        var slices = chosen.ToList();
        var first = slices[0];
        foreach (var s in slices)
        {
            if (s.Rows != first.Rows || s.Columns != first.Columns)
                throw new DicomFormatException(s.Path, $"slice size {s.Columns}×{s.Rows} differs from {first.Columns}×{first.Rows} in {first.Path}");
            if (s.RowDirection.MaxAbsDifference(first.RowDirection) > 1e-4 || s.ColumnDirection.MaxAbsDifference(first.ColumnDirection) > 1e-4)
                throw new DicomFormatException(s.Path, $"ImageOrientationPatient differs from {first.Path}; the series is not one volume");
            if (Math.Abs(s.RowSpacing - first.RowSpacing) > 1e-4 * first.RowSpacing || Math.Abs(s.ColumnSpacing - first.ColumnSpacing) > 1e-4 * first.ColumnSpacing)
                throw new DicomFormatException(s.Path, $"PixelSpacing differs from {first.Path}");
        }
        var normal = first.Normal;
        slices.Sort((a, b) => a.Position.Dot(normal).CompareTo(b.Position.Dot(normal)));

        double sliceSpacing = first.SliceThickness is > 0 ? first.SliceThickness.Value : 1.0;
        if (slices.Count > 1)
        {
            sliceSpacing = (slices[^1].Position - slices[0].Position).Dot(normal) / (slices.Count - 1);
            for (int k = 1; k < slices.Count; k++)
            {
                double gap = (slices[k].Position - slices[k - 1].Position).Dot(normal);
                if (gap < 1e-6 * Math.Max(1, sliceSpacing))
                    throw new DicomFormatException(folder, $"{Path.GetFileName(slices[k - 1].Path)} and {Path.GetFileName(slices[k].Path)} are at the same position; the series holds several volumes (echoes, phases or repeats) — separate them first");
                var lateral = slices[k].Position - slices[0].Position - (slices[k].Position - slices[0].Position).Dot(normal) * normal;
                if (lateral.Norm > 0.01 * Math.Min(first.RowSpacing, first.ColumnSpacing))
                    throw new DicomFormatException(folder, string.Create(CultureInfo.InvariantCulture,
                        $"{Path.GetFileName(slices[k].Path)} is displaced {lateral.Norm:G4} mm within the slice plane from the line through {Path.GetFileName(slices[0].Path)} along the slice normal (gantry tilt or sheared acquisition); such a series is not a regular grid — resample it first"));
                if (Math.Abs(gap - sliceSpacing) > SliceGapTolerance * sliceSpacing)
                    throw new DicomFormatException(folder, string.Create(CultureInfo.InvariantCulture,
                        $"uneven slice spacing: {gap:G6} mm between {Path.GetFileName(slices[k - 1].Path)} and {Path.GetFileName(slices[k].Path)}, mean {sliceSpacing:G6} mm (missing slices?)"));
            }
        }
        var geometry = new ImageGeometry(
            new Size3(first.Columns, first.Rows, slices.Count),
            new Vec3(first.ColumnSpacing, first.RowSpacing, sliceSpacing),
            slices[0].Position,
            Direction.FromAxes(first.RowDirection, first.ColumnDirection, normal));
        var layout = new DicomSeriesLayout(folder, Info(chosen), geometry, slices.Select(s => s.Path).ToArray(), slices.Select(s => s.SopInstanceUid ?? "").ToArray());
        return (layout, slices);
    }

    private static DicomSeriesInfo Info(IGrouping<string, DicomSlice> g)
    {
        var first = g.First();
        return new DicomSeriesInfo(g.Key, first.Modality, first.SeriesDescription, first.FrameOfReferenceUid, g.Count(), g.Select(s => s.Path).ToArray());
    }

    private static List<DicomSlice> ScanFolder(string folder)
    {
        if (File.Exists(folder))
            throw new DicomFormatException(folder, "is a file; give the folder that holds the series' slice files");
        if (!Directory.Exists(folder)) throw new DicomFormatException(folder, "no such folder");
        var slices = new List<DicomSlice>();
        int files = 0;
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.Equals("DICOMDIR", StringComparison.OrdinalIgnoreCase)) continue;
            files++;
            DicomFile file;
            try { file = DicomFile.Read(path); }
            catch (NotDicomException) { continue; }
            var d = file.Dataset;
            if (!d.Contains(DicomTag.PixelData) && !d.Contains(DicomTag.Rows)) continue; // RTSTRUCT, SR, presentation states
            slices.Add(DicomSlice.FromFile(file));
        }
        if (slices.Count == 0)
            throw new DicomFormatException(folder, files == 0
                ? "the folder is empty (no DICOM files)"
                : $"none of the {files} files in the folder is a DICOM image");
        return slices;
    }

    private static void ReadPixelBytes(DicomSlice slice, Span<byte> target)
    {
        var pixel = slice.PixelData;
        if (pixel.FileOffset < 0)
        {
            pixel.Value.AsSpan(0, target.Length).CopyTo(target);
            return;
        }
        using var file = new FileStream(slice.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        file.Position = pixel.FileOffset;
        if (file.ReadAtLeast(target, target.Length, throwOnEndOfStream: false) < target.Length)
            throw new DicomFormatException(slice.Path, "pixel data ends early (the file changed or is truncated)");
    }
}

/// <summary>A series sorted into a volume: its grid, and the file and SOP instance UID of each slice k.</summary>
public sealed record DicomSeriesLayout(string Folder, DicomSeriesInfo Info, ImageGeometry Geometry, IReadOnlyList<string> SliceFiles, IReadOnlyList<string> SopInstanceUids);
