using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Filters;
using DlRadiomics.Tables;

namespace DlRadiomics.Tests.Radiomics.Filters;

/// <summary>
/// The LoG image type against ITK 5.2's <c>LaplacianRecursiveGaussianImageFilter</c> (what SimpleITK runs for
/// PyRadiomics), from Golden/Radiomics/LoG: the input fixtures (int16 crop of brain1, float32 image with anisotropic
/// spacing and rotated direction) filtered by ITK at several σ, up to the largest each image allows.
/// </summary>
/// <remarks>
/// Tolerance: none. ITK computes the coefficients and filters each line in double, rounds every intermediate image
/// (each recursive pass, and the running sum over axes) to float32, and returns float32; our filter does the same
/// operations in the same order, so the float32 outputs are required to be identical bit for bit. (Keeping the
/// intermediates in double instead leaves differences of 1 float32 ulp of the largest |value| in every golden.)
/// </remarks>
public class LaplacianOfGaussianItkGoldenTests
{
    public static TheoryData<string, string, string> Goldens()
    {
        var table = CsvTable.Read(RepoPaths.Golden("Radiomics/LoG/log_goldens.csv")).EnsureRectangular();
        var data = new TheoryData<string, string, string>();
        var input = table.Text("Input");
        var sigma = table.Text("Sigma");
        var golden = table.Text("Golden");
        for (int r = 0; r < table.RowCount; r++) data.Add(input[r], sigma[r], golden[r]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Matches_itk(string input, string sigma, string golden)
    {
        var image = NrrdReader.Read(RepoPaths.Fixture("Radiomics/LoG/" + input));
        var expected = NrrdReader.Read(RepoPaths.Golden("Radiomics/LoG/" + golden));
        var actual = LaplacianOfGaussianFilter.Apply(image, double.Parse(sigma, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(expected.Geometry.Matches(actual.Geometry), "the LoG image keeps the input's geometry");
        var differing = Enumerable.Range(0, expected.Voxels.Length).Where(n => expected.Voxels[n] != actual.Voxels[n]).ToArray();
        Assert.True(differing.Length == 0, differing.Length == 0 ? "" :
            $"{differing.Length} of {expected.Voxels.Length} voxels differ, e.g. voxel {differing[0]}: ITK {expected.Voxels[differing[0]]:R}, ours {actual.Voxels[differing[0]]:R}");
    }
    [Theory]
    [MemberData(nameof(Goldens))]
    public void A_region_gives_itk_values_inside_it_bit_for_bit(string input, string sigma, string golden)
    {
        var image = NrrdReader.Read(RepoPaths.Fixture("Radiomics/LoG/" + input));
        var expected = NrrdReader.Read(RepoPaths.Golden("Radiomics/LoG/" + golden));
        var s = image.Size;
        DlRadiomics.Radiomics.Preprocessing.BoundingBox[] boxes =
        [
            new(s.X / 4, s.Y / 3, s.Z / 4, s.X / 2, s.Y / 2, s.Z / 2),
            new(0, 0, 0, 2, 1, 1),
            new(s.X - 3, s.Y - 1, s.Z - 2, s.X - 1, s.Y - 1, s.Z - 1),
            new(s.X / 2, s.Y / 2, s.Z / 2, s.X / 2, s.Y / 2, s.Z / 2),
        ];
        foreach (var box in boxes)
        {
            var part = LaplacianOfGaussianFilter.Apply(image, double.Parse(sigma, System.Globalization.CultureInfo.InvariantCulture), box);
            Assert.Equal(box.Size, part.Size);
            Assert.Equal(image.Geometry.IndexToPhysical(box.X0, box.Y0, box.Z0), part.Geometry.Origin);
            for (int z = box.Z0; z <= box.Z1; z++)
                for (int y = box.Y0; y <= box.Y1; y++)
                    for (int x = box.X0; x <= box.X1; x++)
                        Assert.True(expected[x, y, z].Equals(part[x - box.X0, y - box.Y0, z - box.Z0]),
                            $"{box} ({x}, {y}, {z}): {part[x - box.X0, y - box.Y0, z - box.Z0]:R} vs ITK {expected[x, y, z]:R}");
        }
    }
}
