using DlRadiomics.Learning.Pipelines;
using DlRadiomics.Learning;
using DlRadiomics.Statistics.Preprocessing;
using DlRadiomics.Statistics.Selection;
using DlRadiomics.Statistics.Validation;
using DlRadiomics.Tests.Learning.Evaluation;

namespace DlRadiomics.Tests.Learning.Pipelines;

public class PipelineTests
{
    /// <summary>Column 0 separates the classes, columns 1–5 are noise, column 6 duplicates column 0 (ρ = 1).</summary>
    internal static (double[][] X, int[] Y) Informative(int n, int seed)
    {
        var random = new NumpyRandomState((uint)seed);
        var y = Enumerable.Range(0, n).Select(i => i % 2).ToArray();
        var x = y.Select(v =>
        {
            var row = new double[7];
            row[0] = 2.0 * v + random.NextGaussian();
            for (int j = 1; j < 6; j++) row[j] = 10 * j + random.NextGaussian();
            row[6] = 3 * row[0] + 1;
            return row;
        }).ToArray();
        return (x, y);
    }

    [Fact]
    public void Steps_AreFittedOnTheTrainingRowsOnly()
    {
        var (x, y) = Informative(60, 1);
        var train = Enumerable.Range(0, 40).ToArray();
        var trainX = train.Select(i => x[i]).ToArray();
        var model = (FittedPipeline)new Pipeline(new GaussianNaiveBayes(), new StandardizeStep()).Fit(trainX, train.Select(i => y[i]).ToArray());
        var scaler = Assert.IsType<FittedStandardize>(Assert.Single(model.Steps));
        var expected = ZScore.Fit(trainX);
        Assert.Equal(expected.Mean, scaler.Model.Mean);
        Assert.Equal(expected.Scale, scaler.Model.Scale);
        Assert.NotEqual(ZScore.Fit(x).Mean[0], scaler.Model.Mean[0]);
    }

    [Fact]
    public void Screen_ThenRedundancy_KeepsOneOfTheInformativeTwins()
    {
        var (x, y) = Informative(80, 2);
        var pipeline = new Pipeline(new GaussianNaiveBayes(), new StandardizeStep(), new MannWhitneyStep(), new RedundancyStep());
        var model = (FittedPipeline)pipeline.Fit(x, y);
        var screened = ((ColumnSelection)model.Steps[1]).Kept;
        Assert.Contains(0, screened);
        Assert.Contains(6, screened);
        Assert.Equal(MannWhitneyScreen.Select(ZScore.Fit(x).Transform(x), y, Enumerable.Range(0, 7).Select(j => $"c{j}").ToArray()).Select(f => f.Index), screened);
        Assert.Single(model.SelectedColumns!);
        Assert.Contains(model.SelectedColumns![0], new[] { 0, 6 });
        var direct = new GaussianNaiveBayes().Fit(ZScore.Fit(x).Transform(x).Select(r => new[] { r[model.SelectedColumns[0]] }).ToArray(), y);
        Assert.Equal(direct.PredictProbability(ZScore.Fit(x).Transform(x).Select(r => new[] { r[model.SelectedColumns[0]] }).ToArray()), model.PredictProbability(x));
        Assert.Equal("gnb", pipeline.Name);
        Assert.Contains("MannWhitneyStep", pipeline.HyperParameters["steps"]);
    }

    [Fact]
    public void Lasso_KeepsTheFeaturesWithNonZeroCoefficients_OfLassoCv()
    {
        var (x, y) = Informative(80, 3);
        var z = ZScore.Fit(x).Transform(x);
        var model = (FittedPipeline)new Pipeline(new GaussianNaiveBayes(), new StandardizeStep(), new LassoStep()).Fit(x, y);
        var expected = LassoCv.Fit(z, y.Select(v => (double)v).ToArray(), new LassoCvOptions(Folds: 10)).Selected.Select(f => f.Index);
        Assert.Equal(expected, ((ColumnSelection)model.Steps[1]).Kept);
        Assert.NotEmpty(((ColumnSelection)model.Steps[1]).Kept);
    }

    [Fact]
    public void Pca_ReducesToTheRequestedComponents()
    {
        var (x, y) = Informative(50, 4);
        var model = (FittedPipeline)new Pipeline(new GaussianNaiveBayes(), new StandardizeStep(), new PcaStep(3)).Fit(x, y);
        Assert.Equal(3, model.Steps[1].OutputCount);
        Assert.Null(model.SelectedColumns);
        Assert.All(model.PredictProbability(x), p => Assert.InRange(p, 0, 1));
    }

    [Fact]
    public void AnEmptySelection_GivesTheNullModel_ThatPredictsTheTrainingEventRate()
    {
        var random = new NumpyRandomState(5);
        var y = Enumerable.Range(0, 30).Select(i => i < 10 ? 1 : 0).ToArray();
        var x = y.Select(_ => new[] { random.NextGaussian(), random.NextGaussian() }).ToArray();
        var model = (FittedPipeline)new Pipeline(new GaussianNaiveBayes(), new MannWhitneyStep(Alpha: 1e-6)).Fit(x, y);
        Assert.True(model.IsNullModel);
        Assert.All(model.PredictProbability(x), p => Assert.Equal(10.0 / 30, p, 15));
        var back = Assert.IsType<FittedPipeline>(FittedModelJson.Load(model.ToJson()));
        Assert.True(back.IsNullModel);
        Assert.Equal(model.PredictProbability(x), back.PredictProbability(x));
    }

    [Fact]
    public void AFittedPipeline_RoundTripsThroughJson_WithItsLearnersModel()
    {
        var (x, y) = Informative(60, 8);
        var model = new Pipeline(new LogisticRegressionLearner(C: 0.5), new StandardizeStep(), new MannWhitneyStep(), new PcaStep(1)).Fit(x, y);
        var back = Assert.IsType<FittedPipeline>(FittedModelJson.Load(model.ToJson()));
        Assert.Equal(model.PredictProbability(x), back.PredictProbability(x));
        Assert.Equal("lr", back.Name);
        Assert.Equal("0.5", back.HyperParameters["C"]);
    }

    [Fact]
    public void FittedSteps_RoundTripThroughJson()
    {
        var (x, y) = Informative(40, 6);
        foreach (IPipelineStep step in new IPipelineStep[] { new StandardizeStep(), new PcaStep(2), new MannWhitneyStep() })
        {
            var fitted = step.Fit(x, y);
            var back = FittedStepJson.Read(System.Text.Json.JsonDocument.Parse(fitted.ToJson().ToJsonString()).RootElement);
            Assert.Equal(fitted.Transform(x), back.Transform(x));
        }
    }

    [Fact]
    public void BadInput_IsALearnerInputException_NamingTheRow()
    {
        var (x, y) = Informative(20, 7);
        x[3][2] = double.NaN;
        var e = Assert.Throws<LearnerInputException>(() => new Pipeline(new GaussianNaiveBayes(), new StandardizeStep()).Fit(x, y));
        Assert.Contains("row 3, column 2", e.Message);
    }
}
