using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics;

using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;

namespace DlRadiomics.Tests.Statistics.Regression;

public class InteractionTermTests
{
    [Fact]
    public void StarExpandsToMainEffectsAndProduct()
    {
        Assert.Equal(["a", "b", "a:b", "c"], InteractionTerm.Expand(["a*b", "c", "a"]));
        Assert.Throws<StatisticsInputException>(() => InteractionTerm.Expand(["a*"]));
    }

    [Fact]
    public void ProductColumnGivesTheSameFitAsTheFormulaTerm()
    {
        var data = Data("wdbc.csv");
        var byFormula = LogisticRegression.Fit(data, "target", ["mean_radius*mean_texture"]);
        var withColumn = InteractionTerm.AddProductColumn(data, "mean_radius", "mean_texture", "rt");
        var byColumn = LogisticRegression.Fit(withColumn, "target", ["mean_radius", "mean_texture", "rt"]);
        Close(byFormula["mean_radius:mean_texture"].Estimate, byColumn["rt"].Estimate, relative: 1e-9);
        Close(byFormula["mean_radius:mean_texture"].PValue, byColumn["rt"].PValue, relative: 1e-9);
    }
}
