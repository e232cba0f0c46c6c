using DlRadiomics.Statistics.Selection;
using DlRadiomics.Statistics.Validation;
using DlRadiomics.Tests.Statistics.Selection;


namespace DlRadiomics.Tests.Statistics.Validation;

/// <summary>Splitters against scikit-learn's index arrays.</summary>
public class SplitterGoldenTests
{
    private static readonly System.Text.Json.JsonElement G = WdbcGolden.Json("splitters.json");
    private static readonly int[] Y = G.GetProperty("y").Ints();

    [Fact]
    public void RepeatedStratifiedKFoldEqualsScikitLearnForTheSameSeed()
    {
        var expected = G.GetProperty("repeated_stratified").GetProperty("test").EnumerateArray().Select(WdbcGolden.Ints).ToArray();
        var actual = RepeatedStratifiedKFold.Split(Y, 10, 3, 42).ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (int s = 0; s < expected.Length; s++)
        {
            Assert.Equal(expected[s], actual[s].Test);
            Assert.Equal(Y.Length, actual[s].Train.Length + actual[s].Test.Length);
        }
    }

    [Fact]
    public void StratifiedAndPlainKFoldEqualScikitLearn()
    {
        var strat = G.GetProperty("stratified_no_shuffle").GetProperty("test").EnumerateArray().Select(WdbcGolden.Ints).ToArray();
        Assert.Equal(strat, StratifiedKFold.Split(Y, 5).Select(s => s.Test).ToArray());
        var plain = G.GetProperty("kfold").GetProperty("test").EnumerateArray().Select(WdbcGolden.Ints).ToArray();
        Assert.Equal(plain, KFold.Split(Y.Length, 10).Select(s => s.Test).ToArray());
    }

    [Fact]
    public void NumpyStreamMatchesRandomState42()
    {
        // numpy.random.RandomState(42): random_sample(2) then standard_normal(3)
        var r = new NumpyRandomState(42);
        Assert.Equal(0.3745401188473625, r.NextDouble(), 15);
        Assert.Equal(0.9507143064099162, r.NextDouble(), 15);
        Assert.Equal(0.6476885381006925, r.NextGaussian(), 14);
        Assert.Equal(1.5230298564080254, r.NextGaussian(), 14);
        Assert.Equal(-0.23415337472333597, r.NextGaussian(), 14);
    }

    [Fact]
    public void LeaveOneOutTestsEveryRowOnce()
    {
        var splits = LeaveOneOut.Split(5).ToArray();
        Assert.Equal(Enumerable.Range(0, 5), splits.Select(s => s.Test.Single()));
        Assert.All(splits, s => Assert.Equal(4, s.Train.Length));
    }

    [Fact]
    public void TooManyFoldsAreRefused()
    {
        Assert.Throws<ModelInputException>(() => KFold.Split(3, 5).ToArray());
        Assert.Throws<ModelInputException>(() => StratifiedKFold.Split(new[] { 0, 0, 1 }, 3).ToArray());
    }
}
