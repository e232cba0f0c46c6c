using System.Globalization;
using System.Text;
using DlRadiomics.Cli;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;

namespace DlRadiomics.Tests.Radiomics.Filters;

/// <summary>
/// <c>imageType: {LBP2D: …}</c> through <see cref="RadiomicsExtractor"/> and <c>dlr extract</c>: first-order features of
/// the <c>lbp-2D</c> image over a box ROI of the int16 brain1 crop equal those of the scikit-image golden image.
/// </summary>
public sealed class Lbp2DExtractionTests : IDisposable
{
    private const string Input = "LoG/brain1_crop.nrrd";
    private readonly string _dir = Directory.CreateTempSubdirectory("dlr-lbp2d-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static bool InBox(int i, int j, int k) => i is >= 8 and <= 27 && j is >= 6 and <= 29 && k is >= 1 and <= 6;

    /// <summary>A label-1 box on the fixture's grid, written as NRRD with the fixture's geometry lines.</summary>
    private string WriteMask(VoxelImage image)
    {
        var size = image.Size;
        var labels = new byte[image.Voxels.Length];
        for (int k = 0; k < size.Z; k++)
            for (int j = 0; j < size.Y; j++)
                for (int i = 0; i < size.X; i++)
                    if (InBox(i, j, k)) labels[image.Geometry.Index(i, j, k)] = 1;
        var geometryLines = File.ReadLines(RepoPaths.Fixture("Radiomics/" + Input))
            .TakeWhile(l => l.Length > 0)
            .Where(l => l.StartsWith("space", StringComparison.Ordinal) || l.StartsWith("sizes:", StringComparison.Ordinal));
        string header = "NRRD0004\ntype: unsigned char\ndimension: 3\nkinds: domain domain domain\nencoding: raw\n"
            + string.Join('\n', geometryLines) + "\n\n";
        string path = Path.Combine(_dir, "box.nrrd");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes(header), .. labels]);
        return path;
    }

    private static (double Mean, double Minimum, double Maximum) RoiStatistics(VoxelImage image, double[] lbp)
    {
        var size = image.Size;
        var values = new List<double>();
        for (int k = 0; k < size.Z; k++)
            for (int j = 0; j < size.Y; j++)
                for (int i = 0; i < size.X; i++)
                    if (InBox(i, j, k)) values.Add(lbp[image.Geometry.Index(i, j, k)]);
        return (values.Sum() / values.Count, values.Min(), values.Max());
    }

    [Theory]
    [InlineData("imageType:\n  LBP2D: {}\n", "uniform_P8_R1_d0")]
    [InlineData("setting:\n  force2Ddimension: 1\nimageType:\n  LBP2D: {lbp2DSamples: 16, lbp2DRadius: 2, lbp2DMethod: nri_uniform}\n", "nri_uniform_P16_R2_d1")]
    [InlineData("setting:\n  force2D: true\n  force2Ddimension: 2\n  lbp2DMethod: var\nimageType:\n  LBP2D: {}\n", "var_P8_R1_d2")]
    public void Dlr_extract_reports_lbp_2D_features_of_the_scikit_image_lbp_image(string imageTypes, string golden)
    {
        var image = NrrdReader.Read(RepoPaths.Fixture("Radiomics/" + Input));
        string mask = WriteMask(image);
        string paramsFile = Path.Combine(_dir, "params.yaml");
        File.WriteAllText(paramsFile, imageTypes + "featureClass:\n  firstorder: [Mean, Minimum, Maximum]\n");
        string output = Path.Combine(_dir, "features.csv");

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Dlr.Run(["extract", "--image", RepoPaths.Fixture("Radiomics/" + Input), "--mask", mask, "--params", paramsFile, "--out", output], stdout, stderr);

        Assert.True(code == 0, stderr.ToString());
        var table = DlRadiomics.Tables.CsvTable.Read(output).EnsureRectangular();
        var row = table.ColumnNames.Zip(Assert.Single(table.Rows).Cells).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(["lbp-2D_firstorder_Maximum", "lbp-2D_firstorder_Mean", "lbp-2D_firstorder_Minimum"],
            row.Keys.Where(k => k.Contains("_firstorder_", StringComparison.Ordinal)).Order());
        var expected = RoiStatistics(image, Lbp2DGolden.For(Input)[golden]);
        double Value(string feature) => double.Parse(row["lbp-2D_firstorder_" + feature], CultureInfo.InvariantCulture);
        Assert.Equal(expected.Minimum, Value("Minimum"));
        Assert.Equal(expected.Maximum, Value("Maximum"));
        Assert.Equal(expected.Mean, Value("Mean"), 1e-12); // the sums run in another order

        var direct = new RadiomicsExtractor(ParameterFile.Load(paramsFile)).Extract(image, ImageFile.ReadMask(mask));
        Assert.Equal(direct["lbp-2D_firstorder_Mean"], Value("Mean"));
    }
}
