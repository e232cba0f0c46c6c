using DlRadiomics.Statistics.Selection;


namespace DlRadiomics.Tests.Statistics.Selection;

/// <summary>Mutual information against scikit-learn <c>mutual_info_classif</c> on WDBC.</summary>
public class MutualInformationGoldenTests
{
    [Theory]
    [InlineData("mi_continuous", 3, 0)]
    [InlineData("mi_continuous_k5_seed7", 5, 7)]
    public void ReproducesScikitLearnIncludingItsNoise(string key, int k, int seed)
    {
        var g = WdbcGolden.Json("mutual_info.json");
        var mi = MutualInformation.Classif(WdbcGolden.Raw.X, WdbcGolden.Raw.Y, new MutualInformationOptions(k, seed));
        WdbcGolden.Close(g.GetProperty(key).Vector(), mi, 1e-9, key);
    }

    [Fact]
    public void NoiseOnlyMattersForTiedValues()
    {
        var y = WdbcGolden.Raw.Y;
        var x = y.Select((v, i) => new[] { v + Math.Sin(i), Math.Cos(3.0 * i), WdbcGolden.Raw.X[i][0] }).ToArray();
        var withNoise = MutualInformation.Classif(x, y);
        var noiseFree = MutualInformation.Classif(x, y, new MutualInformationOptions(NoiseSeed: null));
        var untied = Enumerable.Range(0, x[0].Length).Where(j => x.Select(r => r[j]).Distinct().Count() == x.Length).ToArray();
        Assert.Equal(new[] { 0, 1 }, untied);
        Assert.True(noiseFree[2] > withNoise[2] + 0.05, "ties without noise inflate the estimate");
        foreach (int j in untied) Assert.True(Math.Abs(withNoise[j] - noiseFree[j]) < 1e-12, $"feature {j}: {withNoise[j]} vs {noiseFree[j]}");
    }

    [Fact]
    public void DiscreteFeatureUsesThePlugInEstimate()
    {
        var g = WdbcGolden.Json("mutual_info.json");
        var xd = g.GetProperty("discrete_feature").Ints();
        var mi = MutualInformation.Classif(xd.Select(v => new double[] { v }).ToArray(), WdbcGolden.Raw.Y,
            new MutualInformationOptions(DiscreteFeatures: [true]));
        WdbcGolden.Close(g.GetProperty("mi_discrete").GetDouble(), mi[0], 1e-12, "mi_discrete");
        WdbcGolden.Close(g.GetProperty("mi_discrete_plugin").GetDouble(),
            MutualInformation.Discrete(xd.Select(v => (long)v).ToArray(), WdbcGolden.Raw.Y.Select(v => (long)v).ToArray()), 1e-12, "plugin");
    }

    [Fact]
    public void TopKeepsTheLargestInOrder()
    {
        var top = MutualInformation.SelectTop(WdbcGolden.Raw.X, WdbcGolden.Raw.Y, 5, WdbcGolden.Raw.Names, new MutualInformationOptions(NoiseSeed: 0));
        var expected = WdbcGolden.Json("mutual_info.json").GetProperty("mi_continuous").Vector();
        var order = Enumerable.Range(0, expected.Length).OrderByDescending(j => expected[j]).Take(5).ToArray();
        Assert.Equal(order, top.Select(f => f.Index).ToArray());
        Assert.Equal(WdbcGolden.Raw.Names[order[0]], top[0].Name);
    }

    [Fact]
    public void SingleClassOutcomeIsRefused()
    {
        var e = Assert.Throws<ModelInputException>(() => MutualInformation.Classif(WdbcGolden.Raw.X, new int[WdbcGolden.Raw.X.Length]));
        Assert.Contains("single class", e.Message);
    }
}
