using DlRadiomics.Cohort;
using DlRadiomics.Imaging;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;
using DlRadiomics.Tables;

namespace DlRadiomics.Figures;

/// <summary>
/// A gallery of a few patients' MR slices (grey heatmaps) with each region of interest outlined — sagittal disc and
/// axial canal, herniated nucleus, dura or paraspinal muscles — so the ROIs of both studies can be shown.
/// </summary>
public static class CohortGallery
{
    private static readonly IReadOnlyDictionary<RoiKind, string> Colours = new Dictionary<RoiKind, string>
    {
        [RoiKind.Disc] = "#e41a1c", [RoiKind.Canal] = "#4daf4a", [RoiKind.Nucleus] = "#ff7f00", [RoiKind.Dura] = "#377eb8",
        [RoiKind.Multifidus] = "#e41a1c", [RoiKind.ErectorSpinae] = "#ffff33", [RoiKind.Psoas] = "#984ea3",
    };

    /// <summary>One panel: an image (its middle slice is shown) and the masks outlined on it.</summary>
    public sealed record Panel(string Title, VoxelImage Image, IReadOnlyList<(RoiKind Kind, LabelMask Mask)> Rois);

    /// <summary>Sagittal and axial panels of each patient (first rater's masks), one patient per row.</summary>
    public static GenericChart Create(IEnumerable<PatientImages> patients) =>
        Create(patients.SelectMany(p => Enum.GetValues<ImagePlane>().Select(plane => new Panel(
            $"{p.Patient.PatientId} {plane.ToString().ToLowerInvariant()} (Pfirrmann {p.Patient.PfirrmannGrade}, MSU {p.Patient.MsuSize}{p.Patient.MsuLocation})",
            p.Image(plane),
            p.Masks.Where(m => m.Plane == plane && m.Delineation == Delineation.First).Select(m => (m.Kind, m.Mask)).ToArray()))).ToArray(), columns: 2);

    /// <summary>
    /// Panels of the patients <paramref name="patientIds"/> read from an images manifest (schema <c>images</c>),
    /// each image with the masks of rater 1, repeat 1.
    /// </summary>
    public static GenericChart FromManifest(string manifestPath, IEnumerable<string> patientIds)
    {
        var table = CsvTable.Read(manifestPath);
        string folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        string Cell(CsvRow r, string column) => r.Cell(table.ColumnIndex(column)) ?? throw new CsvTableException(manifestPath, $"row {r.Row} has no {column}");
        var panels = new List<Panel>();
        foreach (string id in patientIds)
        {
            var rows = table.Rows.Where(r => Cell(r, "PatientID") == id && Cell(r, "Rater") == "1" && Cell(r, "Repeat") == "1").ToArray();
            if (rows.Length == 0) throw new CsvTableException(manifestPath, $"no first-rater rows for patient '{id}'");
            foreach (var image in rows.GroupBy(r => Cell(r, "ImagePath")))
                panels.Add(new Panel($"{id} {Cell(image.First(), "Plane")}",
                    ImageFile.ReadImage(Path.Combine(folder, image.Key)),
                    image.Select(r => (RoiKinds.Parse(Cell(r, "RoiKind")), ImageFile.ReadMask(Path.Combine(folder, Cell(r, "MaskPath"))))).ToArray()));
        }
        return Create(panels, columns: 2);
    }

    /// <summary>The panels in a grid, each showing its middle slice with one outline per ROI.</summary>
    public static GenericChart Create(IReadOnlyList<Panel> panels, int columns)
    {
        if (panels.Count == 0) throw new ArgumentException("the gallery needs at least one panel", nameof(panels));
        if (columns < 1) throw new ArgumentOutOfRangeException(nameof(columns), columns, "at least one column");
        var charts = panels.Select(PanelChart).ToArray();
        int rows = (panels.Count + columns - 1) / columns;
        return Plotly.NET.CSharp.GenericChartExtensions.WithSize(
            Chart.Grid(charts, rows, columns, SubPlotTitles: panels.Select(p => p.Title).ToArray(), YGap: 0.12),
            Width: 420 * columns, Height: 380 * rows);
    }

    private static GenericChart PanelChart(Panel panel)
    {
        var image = panel.Image;
        int k = image.Size.Z / 2;
        double[][] Slice(Func<int, double> voxel) => Enumerable.Range(0, image.Size.Y)
            .Select(j => Enumerable.Range(0, image.Size.X).Select(i => voxel((int)image.Geometry.Index(i, j, k))).ToArray()).ToArray();

        var traces = new List<GenericChart>
        {
            Chart.Heatmap<double, int, int, string>(Slice(n => image.Voxels[n]),
                ColorScale: StyleParam.Colorscale.Greys, ReverseScale: true, ShowScale: false, ReverseYAxis: true, Name: "T2"),
        };
        foreach (var (kind, mask) in panel.Rois)
        {
            image.Geometry.EnsureMatches(mask.Geometry, panel.Title, kind.Name());
            traces.Add(Chart.Contour<double, int, int, string>(Slice(n => mask.Labels[n] != 0 ? 1 : 0),
                Name: kind.Name(), ShowLegend: false, ShowScale: false,
                // One line at 0.5 of a 0/1 image: the mask's outline.
                ContoursColoring: StyleParam.ContourColoring.Lines, ContourLinesColor: Color.fromString(Colours[kind]), ContourLinesWidth: 2.0,
                ContoursStart: 0.5, ContoursEnd: 0.5, NContours: 1));
        }
        return Chart.Combine(traces);
    }
}
