using System.Buffers.Binary;
using DlRadiomics.Figures;
using Plotly.NET;

namespace DlRadiomics.Tests.Figures;

public class FigurePngTests
{
    private const string Chromium = "/usr/bin/chromium";

    /// <summary>Renders into the test output folder (figure-renders/) so the images can be looked at after a run.</summary>
    [SkippableTheory]
    [InlineData("nomogram")]
    [InlineData("roc")]
    public void A_figure_renders_to_a_png_of_its_layout_size(string name)
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is not installed");
        var chart = FigureSamples.All[name]();
        string path = Path.Combine(AppContext.BaseDirectory, "figure-renders", name + ".png");
        FigureExport.SavePng(chart, path, overwrite: true, chromium: Chromium);
        var header = File.ReadAllBytes(path).AsSpan(0, 24);
        Assert.True(header[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG file");
        var layout = GenericChart.getLayout(chart);
        Assert.Equal(Convert.ToInt32(layout.TryGetPropertyValue("width").Value), BinaryPrimitives.ReadInt32BigEndian(header[16..20]));
        Assert.Equal(Convert.ToInt32(layout.TryGetPropertyValue("height").Value), BinaryPrimitives.ReadInt32BigEndian(header[20..24]));
    }

    /// <summary>Every sample figure draws without error and names its traces.</summary>
    [Fact]
    public void Every_sample_figure_builds()
    {
        foreach (var (name, build) in FigureSamples.All)
            Assert.True(FigureJson.Parse(build()).Traces().Length > 0, name);
    }
}
