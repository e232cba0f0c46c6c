using DlRadiomics.Cohort;
using DlRadiomics.Figures;
using System.Text.Json;
using Plotly.NET;

namespace DlRadiomics.Tests.Figures;

public class CohortGalleryTests
{
    [Fact]
    public void The_gallery_shows_each_patients_two_planes_with_one_outline_per_roi()
    {
        var patients = SurgicalRiskCohortGenerator.Generate(SurgicalRiskCohortOptions.Scaled(20)).Patients.Take(2)
            .Select(p => SyntheticMrImages.Generate(p, SyntheticStudy.SurgicalRisk, [Delineation.First])).ToArray();
        var chart = CohortGallery.Create(patients);
        string json = GenericChart.toFigureJson(chart);
        var traces = Traces(json);
        // 4 panels: one heatmap each, plus 1 sagittal (disc) and 3 axial (canal, nucleus, dura) outlines per patient.
        Assert.Equal(4, traces.Count(t => t == "heatmap"));
        Assert.Equal(2 * 4, traces.Count(t => t == "contour"));
        Assert.Contains("\"name\":\"nucleus\"", json);
        Assert.Contains(patients[0].Patient.PatientId + " sagittal", json);
    }

    [Fact]
    public void The_gallery_reads_patients_from_a_manifest_and_saves_as_html()
    {
        using var dir = new Cohort.TempFolder();
        var paths = SyntheticData.Generate(dir.PathOf("data"), new SyntheticDataOptions(SurgicalRiskPatients: 8, RecurrencePatients: 2, ReliabilityPatients: 0));
        var chart = CohortGallery.FromManifest(paths.RecurrenceImages!, ["R001"]);
        string json = GenericChart.toFigureJson(chart);
        Assert.Equal(["heatmap", "contour", "heatmap", "contour", "contour", "contour"], Traces(json));
        Assert.Contains("\"name\":\"erector_spinae\"", json);
        string html = dir.PathOf("gallery.html");
        Plotly.NET.CSharp.GenericChartExtensions.SaveHtml(chart, html);
        Assert.Contains("plotly", File.ReadAllText(html));
    }

    private static string[] Traces(string figureJson) =>
        JsonDocument.Parse(figureJson).RootElement.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("type").GetString()!).ToArray();
}
