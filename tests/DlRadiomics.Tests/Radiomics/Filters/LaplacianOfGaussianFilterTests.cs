using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Filters;

namespace DlRadiomics.Tests.Radiomics.Filters;

public class LaplacianOfGaussianFilterTests
{
    private static VoxelImage Image(Size3 size, Vec3 spacing, Func<double, double, double, double> f)
    {
        var g = new ImageGeometry(size, spacing, new Vec3(0, 0, 0), Direction.Identity);
        var v = new double[size.Count];
        for (int k = 0, n = 0; k < size.Z; k++)
            for (int j = 0; j < size.Y; j++)
                for (int i = 0; i < size.X; i++, n++) v[n] = f(i * spacing.X, j * spacing.Y, k * spacing.Z);
        return new VoxelImage(g, v);
    }

    [Fact]
    public void A_constant_image_has_no_laplacian_even_at_the_edges()
    {
        var log = LaplacianOfGaussianFilter.Apply(Image(new Size3(9, 7, 5), new Vec3(1, 1, 2), (_, _, _) => 100), 1.5);
        Assert.All(log.Voxels, v => Assert.True(Math.Abs(v) < 1e-9, $"{v}"));
    }

    [Fact]
    public void A_quadratic_gives_sigma_squared_times_its_laplacian_inside_the_image()
    {
        // ∇²(x² + 2y² + z²/2) = 2 + 4 + 1 = 7 in mm⁻²; normalised across scale: 7σ²
        double sigma = 1.5;
        var size = new Size3(70, 70, 70);
        var log = LaplacianOfGaussianFilter.Apply(Image(size, new Vec3(0.8, 1.0, 1.5), (x, y, z) =>
            (x - 16) * (x - 16) + 2 * (y - 20) * (y - 20) + 0.5 * (z - 30) * (z - 30)), sigma);
        for (int k = 30; k < 40; k++)
            for (int j = 30; j < 40; j++)
                for (int i = 30; i < 40; i++)
                    Assert.Equal(7 * sigma * sigma, log[i, j, k], 6);
    }

    [Fact]
    public void A_gaussian_blob_matches_the_analytic_laplacian_of_gaussian()
    {
        // f = exp(−r²/2a²); G_σ * f = (a²/b²)^{3/2} exp(−r²/2b²) with b² = a² + σ²; ∇² of that = (r²/b⁴ − 3/b²)·(G_σ * f)
        double a = 3, sigma = 2;
        var spacing = new Vec3(0.7, 0.7, 1.2);
        var c = new Vec3(14, 14, 15);
        Func<double, double, double, double> r2 = (x, y, z) => (x - c.X) * (x - c.X) + (y - c.Y) * (y - c.Y) + (z - c.Z) * (z - c.Z);
        var size = new Size3(41, 41, 26);
        var log = LaplacianOfGaussianFilter.Apply(Image(size, spacing, (x, y, z) => Math.Exp(-r2(x, y, z) / (2 * a * a))), sigma);
        double b2 = a * a + sigma * sigma;
        var expected = Image(size, spacing, (x, y, z) =>
        {
            double r = r2(x, y, z);
            return sigma * sigma * Math.Pow(a * a / b2, 1.5) * Math.Exp(-r / (2 * b2)) * (r / (b2 * b2) - 3 / b2);
        });
        double peak = expected.Voxels.Max(Math.Abs);
        for (int n = 0; n < expected.Voxels.Length; n++)
            Assert.True(Math.Abs(expected.Voxels[n] - log.Voxels[n]) < 0.01 * peak, $"voxel {n}: {log.Voxels[n]} vs {expected.Voxels[n]}");
    }

    [Fact]
    public void Images_pyradiomics_would_skip_are_refused_with_the_reason()
    {
        var thin = Image(new Size3(10, 10, 3), new Vec3(1, 1, 1), (_, _, _) => 1);
        Assert.Contains("4 voxels", Assert.Throws<FilterException>(() => LaplacianOfGaussianFilter.Apply(thin, 1)).Message);
        var small = Image(new Size3(6, 6, 6), new Vec3(1, 1, 1), (_, _, _) => 1);
        Assert.Contains("too large", Assert.Throws<FilterException>(() => LaplacianOfGaussianFilter.Apply(small, 5.5)).Message);
        Assert.Throws<FilterException>(() => LaplacianOfGaussianFilter.Apply(small, 0));
    }

    [Theory]
    [InlineData("1.0", "log-sigma-1-0-mm-3D")]
    [InlineData("3", "log-sigma-3-mm-3D")]
    [InlineData("2.5", "log-sigma-2-5-mm-3D")]
    public void Names_follow_pyradiomics(string sigma, string name) => Assert.Equal(name, LaplacianOfGaussianFilter.ImageTypeName(sigma));
}
