using DlRadiomics.Statistics.Correlations;
using DlRadiomics.Statistics;

namespace DlRadiomics.Tests.Statistics.Correlations;

/// <summary>Worked examples of the documented filter rule and the input checks.</summary>
public class CorrelationRuleTests
{
    private static IReadOnlyList<double> Column(params double[] v) => v;

    [Fact]
    public void The_hub_of_a_redundant_cluster_is_removed_first_and_its_partners_stay()
    {
        // ρ(a, b) = 0.952, ρ(b, c) = 0.903, ρ(a, c) = 0.879: b is the hub; removing it alone clears every pair.
        var a = Column(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        var b = Column(2, 1, 4, 3, 6, 5, 8, 7, 9, 10);
        var c = Column(2, 4, 3, 1, 6, 5, 8, 7, 10, 9);
        var result = RedundancyFilter.Apply(["a", "b", "c"], [a, b, c]);
        Assert.Equal(["a", "c"], result.Kept);
        var removed = Assert.Single(result.Removed);
        Assert.Equal("b", removed.Name);
        Assert.Equal(["a", "c"], removed.Partners.Select(p => p.Name));

        var a5 = Column(1, 2, 3, 4, 5);
        result = RedundancyFilter.Apply(["a", "b", "c"], [a5, Column(1, 2, 3, 4, 5.5), Column(1, 2, 3, 4, 6)]);
        // Three mutually monotone columns: all counts and means tie, so the later column goes first, then again.
        Assert.Equal(["a"], result.Kept);
        Assert.Equal(["c", "b"], result.Removed.Select(r => r.Name));
        Assert.Equal(["a", "b"], result.Removed[0].Partners.Select(p => p.Name));
    }

    [Fact]
    public void Constant_feature_is_named_in_the_error()
    {
        var e = Assert.Throws<StatisticsInputException>(() => Correlation.Spearman([1, 2, 3, 4], [7, 7, 7, 7]));
        Assert.Contains("constant", e.Message);
        e = Assert.Throws<StatisticsInputException>(() => Correlation.Matrix(["x", "flat"], [Column(1, 2, 3), Column(2, 2, 2)], CorrelationMethod.Pearson));
        Assert.Contains("'flat'", e.Message);
    }

    [Fact]
    public void Nan_and_mismatched_lengths_are_rejected()
    {
        Assert.Contains("[2]", Assert.Throws<StatisticsInputException>(() => Correlation.Pearson([1, 2, double.NaN], [1, 2, 3])).Message);
        Assert.Contains("4 values", Assert.Throws<StatisticsInputException>(() => Correlation.Pearson([1, 2, 3, 4], [1, 2, 3])).Message);
    }

    [Fact]
    public void Average_ranks_for_ties()
    {
        Assert.Equal([1.5, 1.5, 3, 5, 5, 5], Correlation.Ranks([2, 2, 3, 9, 9, 9]));
    }
}
