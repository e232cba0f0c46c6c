using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using DlRadiomics.Radiomics.Filters;

namespace DlRadiomics.Tests.Radiomics.Filters;

/// <summary>
/// Golden/Radiomics/LBP2D/lbp2d_&lt;input&gt;.csv.gz: PyRadiomics' LBP2D image of a fixture for each configuration
/// (column <c>&lt;method&gt;_P&lt;samples&gt;_R&lt;radius&gt;_d&lt;force2Ddimension&gt;</c>), one row per voxel, x fastest.
/// </summary>
internal sealed class Lbp2DGolden
{
    private static readonly ConcurrentDictionary<string, Lbp2DGolden> Cache = new();

    /// <summary>The fixture images the goldens were computed from, relative to Fixtures/Radiomics.</summary>
    public static IReadOnlyList<string> Inputs { get; } = ["LoG/brain1_crop.nrrd", "LoG/synthetic_anisotropic.nrrd", "LBP2D/plateaus.nrrd"];

    private readonly Dictionary<string, double[]> _columns;

    private Lbp2DGolden(string input)
    {
        string name = Path.GetFileNameWithoutExtension(input);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(RepoPaths.Golden($"Radiomics/LBP2D/lbp2d_{name}.csv.gz")), CompressionMode.Decompress));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) if (!line.StartsWith('#')) lines.Add(line);
        var names = lines[0].Split(',');
        var values = names.Select(_ => new double[lines.Count - 1]).ToArray();
        for (int row = 1; row < lines.Count; row++)
        {
            var cells = lines[row].Split(',');
            for (int c = 0; c < names.Length; c++) values[c][row - 1] = double.Parse(cells[c], CultureInfo.InvariantCulture);
        }
        _columns = names.Zip(values).ToDictionary(p => p.First, p => p.Second);
    }

    public static Lbp2DGolden For(string input) => Cache.GetOrAdd(input, i => new Lbp2DGolden(i));

    public IEnumerable<string> Columns => _columns.Keys;

    public double[] this[string column] => _columns[column];

    /// <summary>Method, samples, radius and force2Ddimension of a column name such as <c>nri_uniform_P16_R2_d1</c>.</summary>
    public static (LocalBinaryPatternMethod Method, int Samples, double Radius, int Dimension) Configuration(string column)
    {
        var parts = column.Split('_');
        return (LocalBinaryPattern.ParseMethod(string.Join('_', parts[..^3])),
            int.Parse(parts[^3][1..], CultureInfo.InvariantCulture),
            double.Parse(parts[^2][1..], CultureInfo.InvariantCulture),
            int.Parse(parts[^1][1..], CultureInfo.InvariantCulture));
    }
}
