using DlRadiomics.Radiomics.Shape;

namespace DlRadiomics.Tests.Radiomics.Shape;

public class MeshDiametersTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Pruning_to_line_extremes_gives_the_all_pairs_maxima(int seed)
    {
        var random = new Random(seed);
        var vertices = new MeshDiameters.VertexList();
        var points = new List<int[]>();
        for (int n = 0; n < 400; n++)
        {
            var p = new[] { random.Next(12), random.Next(15), random.Next(9) };
            points.Add(p);
            vertices.Add(p[0], p[1], p[2]);
        }
        double[] s = [2.5, 0.7, 1.1];

        var pruned = MeshDiameters.Compute(vertices, s[0], s[1], s[2]);

        var brute = new double[4];
        foreach (var a in points)
            foreach (var b in points)
            {
                double d = 0;
                for (int k = 0; k < 3; k++) d += Math.Pow((a[k] * 0.5 - b[k] * 0.5) * s[k], 2);
                for (int k = 0; k < 3; k++)
                    if (a[k] == b[k]) brute[k] = Math.Max(brute[k], d);
                brute[3] = Math.Max(brute[3], d);
            }
        Assert.Equal(Math.Sqrt(brute[0]), pruned.SameFirst, 12);
        Assert.Equal(Math.Sqrt(brute[1]), pruned.SameSecond, 12);
        Assert.Equal(Math.Sqrt(brute[2]), pruned.SameThird, 12);
        Assert.Equal(Math.Sqrt(brute[3]), pruned.Overall, 12);
    }
}
