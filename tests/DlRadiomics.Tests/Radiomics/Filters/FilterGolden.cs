using System.Globalization;
using DlRadiomics.Imaging;

namespace DlRadiomics.Tests.Radiomics.Filters;

/// <summary>Golden/Radiomics/Filters/filters_brain1_crop.csv: an input block and PyRadiomics' filtered versions of it.</summary>
internal sealed class FilterGolden
{
    private readonly Dictionary<string, double[]> _columns = new();

    public VoxelImage Input { get; }

    private FilterGolden(string path)
    {
        var lines = File.ReadAllLines(path);
        string Meta(string key) => lines.First(l => l.StartsWith("# " + key + " ", StringComparison.Ordinal))[(key.Length + 3)..];
        double[] Numbers(string text) => text.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();

        var size = Numbers(Meta("size"));
        var spacing = Numbers(Meta("spacing"));
        var data = lines.Where(l => !l.StartsWith('#')).ToArray();
        var names = data[0].Split(',');
        var rows = data.Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        for (int c = 0; c < names.Length; c++) _columns[names[c]] = rows.Select(r => r[c]).ToArray();

        var geometry = new ImageGeometry(new Size3((int)size[0], (int)size[1], (int)size[2]),
            new Vec3(spacing[0], spacing[1], spacing[2]), new Vec3(0, 0, 0), Direction.Identity);
        Input = new VoxelImage(geometry, _columns["input"]);
    }

    public static FilterGolden Load() => new(RepoPaths.Golden("Radiomics/Filters/filters_brain1_crop.csv"));

    public IEnumerable<string> Columns => _columns.Keys;

    public double[] this[string column] => _columns[column];

    public static void AssertClose(string what, double[] expected, double[] actual, double relative = 1e-12)
    {
        Assert.Equal(expected.Length, actual.Length);
        double scale = expected.Max(Math.Abs);
        for (int n = 0; n < expected.Length; n++)
            Assert.True(Math.Abs(expected[n] - actual[n]) <= relative * scale,
                $"{what}, voxel {n}: expected {expected[n]:R}, got {actual[n]:R}");
    }
}
