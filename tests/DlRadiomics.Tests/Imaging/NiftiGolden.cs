using System.Text.Json;
using DlRadiomics.Imaging;

namespace DlRadiomics.Tests.Imaging;

/// <summary>What nibabel reads from a NIfTI file (Golden/Imaging/nifti_golden.json, made by make_nifti_golden.py).</summary>
public sealed record NiftiGolden(int[] Size, double[] Spacing, double[] Origin, double[] DirectionRowMajor, double Sum, double Min, double Max, long Nonzero, double[]? VoxelsIFastest)
{
    private static readonly Lazy<JsonDocument> Document = new(() => JsonDocument.Parse(File.ReadAllText(RepoPaths.Golden("Imaging/nifti_golden.json"))));

    public static IEnumerable<object[]> FixtureNames() =>
        Document.Value.RootElement.GetProperty("fixtures").EnumerateObject().Select(p => new object[] { p.Name });

    public static IEnumerable<object[]> SharedNames() =>
        Document.Value.RootElement.GetProperty("shared").EnumerateObject().Select(p => new object[] { p.Name });

    public static NiftiGolden Fixture(string name) => From(Document.Value.RootElement.GetProperty("fixtures").GetProperty(name));
    public static NiftiGolden Shared(string name) => From(Document.Value.RootElement.GetProperty("shared").GetProperty(name));

    private static NiftiGolden From(JsonElement e)
    {
        static double[] Doubles(JsonElement a) => a.EnumerateArray().Select(v => v.GetDouble()).ToArray();
        return new NiftiGolden(
            e.GetProperty("size").EnumerateArray().Select(v => v.GetInt32()).ToArray(),
            Doubles(e.GetProperty("spacing")), Doubles(e.GetProperty("origin")), Doubles(e.GetProperty("direction_row_major")),
            e.GetProperty("sum").GetDouble(), e.GetProperty("min").GetDouble(), e.GetProperty("max").GetDouble(), e.GetProperty("nonzero").GetInt64(),
            e.TryGetProperty("voxels_i_fastest", out var v) ? Doubles(v) : null);
    }

    /// <summary>Asserts geometry within <paramref name="tolerance"/> (nibabel builds the qform in double precision, ITK in single).</summary>
    public void AssertGeometry(ImageGeometry g, double tolerance)
    {
        Assert.Equal(new Size3(Size[0], Size[1], Size[2]), g.Size);
        for (int a = 0; a < 3; a++)
        {
            Assert.Equal(Spacing[a], g.Spacing[a], tolerance);
            Assert.Equal(Origin[a], g.Origin[a], tolerance);
        }
        var d = g.Direction.ToRowMajorArray();
        for (int n = 0; n < 9; n++) Assert.Equal(DirectionRowMajor[n], d[n], tolerance);
    }
}
