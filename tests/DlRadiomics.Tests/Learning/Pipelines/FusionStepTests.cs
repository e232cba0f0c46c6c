using DlRadiomics.Learning;
using DlRadiomics.Learning.Pipelines;
using DlRadiomics.Tests.Learning.Evaluation;

namespace DlRadiomics.Tests.Learning.Pipelines;

public class FusionStepTests
{
    /// <summary>Two blocks of the same patients side by side: <see cref="PipelineTests.Informative"/> (7 columns) and 3 noise columns.</summary>
    private static (double[][] X, int[] Y) TwoBlocks(int n, int seed)
    {
        var (x, y) = PipelineTests.Informative(n, seed);
        var (noise, _) = ModelComparisonTests.Noise(n, 3, seed + 1);
        return (x.Select((r, i) => r.Concat(noise[i]).ToArray()).ToArray(), y);
    }

    private static double[][] Columns(double[][] x, int from, int count) => x.Select(r => r.Skip(from).Take(count).ToArray()).ToArray();

    [Fact]
    public void EachBlockIsFittedOnItsOwnColumns_AndTheOutputsAreJoinedInBlockOrder()
    {
        var (x, y) = TwoBlocks(80, 3);
        IPipelineStep[] first = [new MannWhitneyStep(), new RedundancyStep(), new StandardizeStep()];
        IPipelineStep[] second = [new PcaStep(2)];
        var fused = new FusionStep([new FusionBlock("a", 7, first), new FusionBlock("b", 3, second)]).Fit(x, y);

        double[][] Alone(IPipelineStep[] steps, double[][] block)
        {
            var z = block;
            foreach (var step in steps) z = step.Fit(z, y).Transform(z);
            return z;
        }
        var expectedA = Alone(first, Columns(x, 0, 7));
        var expectedB = Alone(second, Columns(x, 7, 3));
        var output = fused.Transform(x);
        Assert.Equal(expectedA[0].Length + 2, fused.OutputCount);
        Assert.Equal(10, fused.InputCount);
        for (int i = 0; i < x.Length; i++) Assert.Equal(expectedA[i].Concat(expectedB[i]).ToArray(), output[i]);
    }

    [Fact]
    public void ABlockWithoutASelectedColumn_ContributesNone_AndNoColumnAtAllMakesTheNullModel()
    {
        var (x, y) = TwoBlocks(80, 5);
        var step = new FusionStep([new FusionBlock("signal", 7, [new MannWhitneyStep(1e-6)]), new FusionBlock("noise", 3, [new MannWhitneyStep(1e-6)])]);
        var fitted = step.Fit(x, y);
        Assert.Equal(2, fitted.OutputCount);   // column 0 and its copy, column 6
        Assert.Equal(x.Select(r => new[] { r[0], r[6] }).ToArray(), fitted.Transform(x));

        var none = new Pipeline(new GaussianNaiveBayes(), new FusionStep([new FusionBlock("noise", 10, [new MannWhitneyStep(1e-300)])])).Fit(x, y);
        Assert.True(Assert.IsType<FittedPipeline>(none).IsNullModel);
        Assert.All(none.PredictProbability(x), p => Assert.Equal(y.Average(), p));
    }

    [Fact]
    public void RowsWhoseWidthIsNotTheBlocksTotal_AreRefused_NamingTheBlocks()
    {
        var (x, y) = TwoBlocks(40, 7);
        var e = Assert.Throws<LearnerInputException>(() => new FusionStep([new FusionBlock("Rad_SAG", 7, []), new FusionBlock("DL_SAG", 4, [])]).Fit(x, y));
        Assert.Contains("10 columns", e.Message);
        Assert.Contains("Rad_SAG 7, DL_SAG 4", e.Message);
        Assert.Throws<LearnerInputException>(() => new FusionStep([]).Fit(x, y));
    }

    [Fact]
    public void AFittedPipelineWithFusion_SavesAndLoadsWithTheSamePredictions()
    {
        var (x, y) = TwoBlocks(80, 9);
        var pipeline = new Pipeline(new LogisticRegressionLearner(),
            new FusionStep([new FusionBlock("a", 7, [new StandardizeStep(), new MannWhitneyStep(), new LassoStep(5)]), new FusionBlock("b", 3, [new PcaStep(2)])]),
            new StandardizeStep());
        var model = pipeline.Fit(x, y);
        var loaded = FittedModelJson.Load(model.ToJson());
        Assert.Equal(model.PredictProbability(x), loaded.PredictProbability(x));
        Assert.Contains("FusionStep { a (7): ", model.HyperParameters["steps"]);
    }
}
