using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Selection;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Tests.Statistics.RocAnalysis;

public class UnivariateDiscriminationTests
{
    [Fact]
    public void A_numeric_predictor_gets_the_auc_of_its_raw_values_in_the_better_direction_and_the_ranking_is_by_auc()
    {
        var random = new Random(5);
        var y = Enumerable.Range(0, 80).Select(i => i % 3 == 0 ? 1 : 0).ToArray();
        var strong = y.Select(v => v * 1.5 + random.NextDouble() * 2).ToArray();
        var inverse = y.Select(v => -v * 0.5 + random.NextDouble() * 2).ToArray();
        var df = new DataFrame(new Int32DataFrameColumn("y", y), new DoubleDataFrameColumn("strong", strong), new DoubleDataFrameColumn("inverse", inverse));

        var ranking = UnivariateDiscrimination.Rank(df, "y", ["inverse", "strong"]);

        Assert.Equal(["strong", "inverse"], ranking.Select(r => r.Name));
        Assert.Equal(Roc.Auc(strong, y), ranking[0].Curve.Auc, 12);
        Assert.Equal(1 - Roc.Auc(inverse, y, RocDirection.ControlsLower), ranking[1].Curve.Auc, 12);
    }

    [Fact]
    public void Feature_fusion_joins_blocks_row_by_row_and_refuses_blocks_of_other_patients()
    {
        double[][] a = [[1, 2], [3, 4]], b = [[5], [6]];
        Assert.Equal([[1.0, 2, 5], [3.0, 4, 6]], FeatureFusion.Concatenate([a, b]));
        Assert.Throws<ModelInputException>(() => FeatureFusion.Concatenate([a, [[7.0]]]));
    }
}
