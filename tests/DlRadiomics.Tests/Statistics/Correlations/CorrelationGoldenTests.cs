using DlRadiomics.Statistics.Correlations;
using DlRadiomics.Tables;
using DlRadiomics.Tests.Statistics.RocAnalysis;

namespace DlRadiomics.Tests.Statistics.Correlations;

/// <summary>Pearson/Spearman coefficients, p-values, matrices and the redundancy filter against scipy 1.10.</summary>
public class CorrelationGoldenTests
{
    private static readonly GoldenValues G = GoldenValues.Python;
    private static readonly CsvTable Wdbc = GoldenValues.Table("wdbc.csv");

    public static TheoryData<string> Pairs() => new(G.Cases("corr:").Where(c => c.Count(ch => ch == ':') == 2));

    [Theory, MemberData(nameof(Pairs))]
    public void Coefficients_and_p_values_match_pearsonr_and_spearmanr(string c)
    {
        var parts = c.Split(':');
        var x = Wdbc.Numbers(parts[1]);
        var y = Wdbc.Numbers(parts[2]);
        var pearson = Correlation.Pearson(x, y);
        Close.Relative(G.Number(c, "pearson_r"), pearson.Coefficient, what: "pearson r");
        Close.Relative(G.Number(c, "pearson_p"), pearson.PValue, what: "pearson p");
        var spearman = Correlation.Spearman(x, y);
        Close.Relative(G.Number(c, "spearman_r"), spearman.Coefficient, what: "spearman rho");
        Close.Relative(G.Number(c, "spearman_p"), spearman.PValue, what: "spearman p");
    }

    [Fact]
    public void Spearman_with_heavy_ties_uses_average_ranks()
    {
        var ties = GoldenValues.Table("ties.csv");
        var rho = Correlation.Spearman(ties.Numbers("mean_concavity_1dp"), ties.Numbers("worst_concavity_1dp"));
        Close.Relative(G.Number("corr:rounded_concavity", "spearman_r"), rho.Coefficient);
        Close.Relative(G.Number("corr:rounded_concavity", "spearman_p"), rho.PValue);
    }

    [Fact]
    public void Spearman_matrix_matches_scipy()
    {
        var names = Wdbc.ColumnNames.Skip(1).Take(10).ToArray();
        var matrix = Correlation.Matrix(names, names.Select(n => (IReadOnlyList<double>)Wdbc.Numbers(n)).ToArray(), CorrelationMethod.Spearman);
        foreach (var a in names)
            foreach (var b in names)
                Close.Relative(G.Number("spearman_matrix", $"{a}:{b}"), matrix.Coefficient(a, b), rel: 1e-9, what: $"{a}:{b}");
        // The matrix p-values are the pairwise test's.
        Close.Relative(Correlation.Spearman(Wdbc.Numbers(names[0]), Wdbc.Numbers(names[1])).PValue, matrix.PValue(names[0], names[1]), rel: 1e-12);
    }

    [Fact]
    public void Redundancy_filter_removes_the_same_features_in_the_same_order_as_the_reference()
    {
        var names = Wdbc.ColumnNames.Skip(1).ToArray();
        var result = RedundancyFilter.Apply(names, names.Select(n => (IReadOnlyList<double>)Wdbc.Numbers(n)).ToArray());
        var expectedRemoved = Enumerable.Range(0, 100).Where(k => G.Has("redundancy", $"removed_{k}")).Select(k => G.Text("redundancy", $"removed_{k}"));
        Assert.Equal(expectedRemoved, result.Removed.Select(r => r.Name));
        Assert.Equal(G.Text("redundancy", "kept").Split(';'), result.Kept);
        // What the filter promises: no kept pair above the threshold, and every removal had a partner.
        var kept = Correlation.Matrix(result.Kept, result.Kept.Select(n => (IReadOnlyList<double>)Wdbc.Numbers(n)).ToArray(), CorrelationMethod.Spearman);
        for (int i = 0; i < result.Kept.Count; i++)
            for (int j = i + 1; j < result.Kept.Count; j++)
                Assert.True(Math.Abs(kept.Coefficient(i, j)) <= 0.9);
        Assert.All(result.Removed, r => Assert.NotEmpty(r.Partners));
    }
}
