using System.Globalization;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;
using DlRadiomics.Radiomics.Filters;

namespace DlRadiomics.Tests.Radiomics.Filters;

/// <summary>
/// The LBP2D image type against PyRadiomics' <c>getLBP2DImage</c> run with scikit-image 0.19.3 (Debian's
/// python3-skimage), from Golden/Radiomics/LBP2D: every method, (P, R) = (8, 1), (16, 2), (6, 0.7) and
/// force2Ddimension 0/1/2 on an int16 crop of brain1, a float32 image with anisotropic spacing and a float64 image of
/// plateaus, ties and negative values.
/// </summary>
/// <remarks>
/// Tolerance: none. The filter does scikit-image's floating-point operations in the same order (sample offsets rounded
/// to 5 decimals, bilinear interpolation, the variance sums) and casts to the input's pixel type as numpy does, so
/// every voxel must be identical (NaN where scikit-image gives NaN).
/// </remarks>
public class Lbp2DFilterTests
{
    public static TheoryData<string, string> Configurations()
    {
        var data = new TheoryData<string, string>();
        foreach (var input in Lbp2DGolden.Inputs)
            foreach (var column in Lbp2DGolden.For(input).Columns) data.Add(input, column);
        return data;
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Matches_pyradiomics_with_scikit_image(string input, string column)
    {
        var image = NrrdReader.Read(RepoPaths.Fixture("Radiomics/" + input));
        var (method, samples, radius, dimension) = Lbp2DGolden.Configuration(column);
        var expected = Lbp2DGolden.For(input)[column];

        var actual = Lbp2DFilter.Apply(image, samples, radius, method, dimension);

        Assert.True(image.Geometry.Matches(actual.Geometry), "the LBP image keeps the input's geometry");
        Assert.Equal(image.StoredType, actual.StoredType);
        var differing = Enumerable.Range(0, expected.Length)
            .Where(n => BitConverter.DoubleToInt64Bits(expected[n]) != BitConverter.DoubleToInt64Bits(actual.Voxels[n])
                        && !(double.IsNaN(expected[n]) && double.IsNaN(actual.Voxels[n])))
            .ToArray();
        Assert.True(differing.Length == 0, differing.Length == 0 ? "" :
            $"{differing.Length} of {expected.Length} voxels differ, e.g. voxel {differing[0]}: scikit-image {expected[differing[0]]:R}, ours {actual.Voxels[differing[0]]:R}");
    }

    [Fact]
    public void The_goldens_cover_every_method_dimension_ties_wrapping_and_nan()
    {
        var plateaus = Lbp2DGolden.For("LBP2D/plateaus.nrrd");
        Assert.Equal(5 * 3 * 3, plateaus.Columns.Count());
        Assert.Contains(plateaus["var_P8_R1_d0"], double.IsNaN);                      // flat neighbourhoods
        Assert.Contains(Lbp2DGolden.For("LoG/brain1_crop.nrrd")["default_P16_R2_d0"], v => v < 0); // int16 wrap
    }

    public static TheoryData<int> CastRows() => new(Enumerable.Range(0, ReadCasts().Rows.Count));

    private static (string[] Types, List<double[]> Rows) ReadCasts()
    {
        var lines = File.ReadAllLines(RepoPaths.Golden("Radiomics/LBP2D/numpy_cast.csv")).Where(l => !l.StartsWith('#')).ToArray();
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        return (lines[0].Split(',')[1..], rows);
    }

    [Theory]
    [MemberData(nameof(CastRows))]
    public void Values_take_the_input_pixel_type_as_numpy_casts_them(int row)
    {
        var (types, rows) = ReadCasts();
        double value = rows[row][0];
        for (int t = 0; t < types.Length; t++)
        {
            var type = Enum.Parse<VoxelType>(types[t], ignoreCase: true);
            double expected = rows[row][t + 1], actual = StoredTypeCast.Apply(value, type);
            Assert.True(expected.Equals(actual), $"{value:R} as {types[t]}: numpy {expected:R}, ours {actual:R}");
        }
    }

    [Fact]
    public void Sample_offsets_are_rounded_to_five_decimals_with_the_radius_in_single_precision()
    {
        var (rows, columns) = LocalBinaryPattern.SampleOffsets(8, 1);
        Assert.Equal([0, -0.70711, -1, -0.70711, 0, 0.70711, 1, 0.70711], rows.Select(v => v + 0.0));
        Assert.Equal([1, 0.70711, 0, -0.70711, -1, -0.70711, 0, 0.70711], columns.Select(v => v + 0.0));
        // R = 1.000005 is 1.00000501… in single precision, so the offset rounds up (1.0 in double precision).
        Assert.Equal(1.00001, LocalBinaryPattern.SampleOffsets(4, 1.000005).Columns[0]);
    }

    [Fact]
    public void A_circle_larger_than_the_image_samples_only_the_zeros_outside()
    {
        var image = NrrdReader.Read(RepoPaths.Fixture("Radiomics/LBP2D/plateaus.nrrd"));
        var lbp = Lbp2DFilter.Apply(image, samples: 8, radius: 1e6, LocalBinaryPatternMethod.Uniform);
        for (int n = 0; n < lbp.Voxels.Length; n++) Assert.Equal(image.Voxels[n] <= 0 ? 8 : 0, lbp.Voxels[n]);
    }

    [Fact]
    public void Bad_settings_are_refused_with_the_allowed_values()
    {
        var image = NrrdReader.Read(RepoPaths.Fixture("Radiomics/LBP2D/plateaus.nrrd"));
        Assert.Contains("1–31", Assert.Throws<FilterException>(() => Lbp2DFilter.Apply(image, samples: 32)).Message);
        Assert.Throws<FilterException>(() => Lbp2DFilter.Apply(image, radius: 0));
        Assert.Throws<FilterException>(() => Lbp2DFilter.Apply(image, force2DDimension: 3));
        var e = Assert.Throws<FilterException>(() => LocalBinaryPattern.ParseMethod("riu2"));
        Assert.Contains("'riu2'", e.Message);
        Assert.Contains("default, ror, uniform, nri_uniform, var", e.Message);
        Assert.Equal(LocalBinaryPatternMethod.NriUniform, LocalBinaryPattern.ParseMethod("NRI_Uniform"));
    }

    [Fact]
    public void Parameter_file_settings_reach_the_filter_and_bad_values_name_the_allowed_ones()
    {
        var p = ParameterFile.Parse("setting:\n  force2Ddimension: 2\nimageType:\n  LBP2D: {lbp2DRadius: 2, lbp2DSamples: 16, lbp2DMethod: Var}\n");
        Assert.Equal(["LBP2D"], p.ImageTypes);
        var options = ImageTypeOptions.From(p.Settings);
        Assert.Equal((2.0, 16, LocalBinaryPatternMethod.Var, 2), (options.Lbp2DRadius, options.Lbp2DSamples, options.Lbp2DMethod, options.Force2DDimension));
        var defaults = ImageTypeOptions.From(ParameterFile.Parse("imageType: {LBP2D: {}}\n").Settings);
        Assert.Equal((1.0, 8, LocalBinaryPatternMethod.Uniform), (defaults.Lbp2DRadius, defaults.Lbp2DSamples, defaults.Lbp2DMethod));

        var e = Assert.Throws<RadiomicsSettingsException>(() => ParameterFile.Parse("setting:\n  lbp2DMethod: riu2\n"));
        Assert.Contains("'lbp2DMethod'", e.Message);
        Assert.Contains("default, ror, uniform, nri_uniform, var", e.Message);
        Assert.Throws<RadiomicsSettingsException>(() => ParameterFile.Parse("setting:\n  lbp2DSamples: 32\n"));
        Assert.Throws<RadiomicsSettingsException>(() => ParameterFile.Parse("setting:\n  lbp2DRadius: 0\n"));
        Assert.Contains("'lbp2DRadus'", Assert.Throws<RadiomicsSettingsException>(() => ParameterFile.Parse("setting:\n  lbp2DRadus: 1\n")).Message);
    }

    [Fact]
    public void The_image_type_is_named_lbp_2D()
    {
        var image = NrrdReader.Read(RepoPaths.Fixture("Radiomics/LBP2D/plateaus.nrrd"));
        var result = ImageTypes.Apply("LBP2D", image, new ImageTypeOptions(Lbp2DMethod: LocalBinaryPatternMethod.Ror, Force2DDimension: 1));
        var derived = Assert.Single(result.Images);
        Assert.Equal("lbp-2D", derived.Name);
        Assert.Equal(Lbp2DGolden.For("LBP2D/plateaus.nrrd")["ror_P8_R1_d1"], derived.Image.Voxels);
    }
}
