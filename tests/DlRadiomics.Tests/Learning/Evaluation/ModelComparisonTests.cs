using System.Collections.Concurrent;
using DlRadiomics.Learning.Evaluation;
using DlRadiomics.Learning.Pipelines;
using DlRadiomics.Learning;
using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Validation;
using DlRadiomics.Tests.Learning.Pipelines;

namespace DlRadiomics.Tests.Learning.Evaluation;

public class ModelComparisonTests
{
    internal static readonly ILearner[] TwoLearners = [new GaussianNaiveBayes("gnb"), new GaussianNaiveBayes("gnb_smooth", VarSmoothing: 0.5)];

    /// <summary>Pure noise: <paramref name="features"/> standard normal columns and an outcome drawn independently of them.</summary>
    internal static (double[][] X, int[] Y) Noise(int rows, int features, int seed)
    {
        var random = new NumpyRandomState((uint)seed);
        var x = Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, features).Select(_ => random.NextGaussian()).ToArray()).ToArray();
        var y = Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.4 ? 1 : 0).ToArray();
        return (x, y);
    }

    internal static (FeatureSet[] Sets, int[] Y, int[] TestY) TwoSets(int seed)
    {
        var (x, y) = PipelineTests.Informative(160, seed);
        var train = Enumerable.Range(0, 120).ToArray();
        var test = Enumerable.Range(120, 40).ToArray();
        FeatureSet Set(string name, int[] columns) => new(name,
            train.Select(i => columns.Select(j => x[i][j]).ToArray()).ToArray(),
            test.Select(i => columns.Select(j => x[i][j]).ToArray()).ToArray());
        return ([Set("strong", [0, 1, 2]), Set("weak", [1, 2, 3, 4])], train.Select(i => y[i]).ToArray(), test.Select(i => y[i]).ToArray());
    }

    [Theory]
    [InlineData("wdbc")]
    [InlineData("pima")]
    public void StandardizedLogisticRegression_ReproducesScikitLearnsCrossValidation(string dataset)
    {
        var data = dataset == "wdbc" ? GoldenDataset.Wdbc : GoldenDataset.Pima;
        var set = new FeatureSet(dataset, data.X, Columns: data.FeatureNames);
        var options = new ModelComparisonOptions([new LogisticRegressionLearner()], Steps: [new StandardizeStep()], Folds: 5, Seed: 0);
        var seeded = ModelComparison.Run([set], data.Y, null, options).Evaluations.Single();
        var fromColumn = ModelComparison.Run([set], data.Y, null, options with { FoldIds = data.Fold }).Evaluations.Single();
        Assert.Equal(seeded.OutOfFoldScores, fromColumn.OutOfFoldScores);
        for (int f = 0; f < 5; f++)
        {
            var reference = data.Reference(f, "lr_optimum");
            var test = Enumerable.Range(0, data.Y.Length).Where(i => data.Fold[i] == f).ToArray();
            LearnerAssert.Close(reference.GetProperty("proba").Doubles(), test.Select(i => seeded.OutOfFoldScores[i]).ToArray(), 1e-8, $"{dataset} fold {f}");
            Assert.Equal(reference.GetProperty("auc").GetDouble(), seeded.FoldAucs[f], 1e-9);
            Assert.Equal(data.Reference(f, "lr").GetProperty("auc").GetDouble(), seeded.FoldAucs[f], 0.005);
        }
    }

    [Fact]
    public void OnPureNoise_ThePaperProtocolIsOptimistic_AndTheSafeOneIsNot()
    {
        var (x, y) = Noise(120, 300, 11);
        var options = new ModelComparisonOptions([new GaussianNaiveBayes()],
            Steps: [new StandardizeStep(), new MannWhitneyStep(), new RedundancyStep()],
            Protocols: [ComparisonProtocol.Safe, ComparisonProtocol.Paper], Seed: 0);
        var result = ModelComparison.Run([new FeatureSet("noise", x)], y, null, options);
        double safe = result.Get(ComparisonProtocol.Safe, "noise", "gnb").CvAuc;
        double paper = result.Get(ComparisonProtocol.Paper, "noise", "gnb").CvAuc;
        Assert.InRange(paper, 0.75, 1.0);
        Assert.InRange(safe, 0.35, 0.62);
        Assert.True(paper - safe > 0.2, $"paper {paper}, safe {safe}");
        var paperTrain = result.Get(ComparisonProtocol.Paper, "noise", "gnb").Training.Interval;
        Assert.True(paperTrain.Lower > 0.5, "the paper protocol's out-of-fold interval excludes chance on pure noise");
    }

    [Fact]
    public void Results_AreIdentical_WhateverTheParallelism()
    {
        var (sets, y, testY) = TwoSets(21);
        ModelComparisonOptions Options(int? threads) => new(TwoLearners, Steps: [new StandardizeStep(), new MannWhitneyStep(), new LassoStep()],
            Protocols: [ComparisonProtocol.Safe, ComparisonProtocol.Paper], Seed: 3, MaxDegreeOfParallelism: threads);
        string one = ModelComparison.Run(sets, y, testY, Options(1)).ToJson();
        string two = ModelComparison.Run(sets, y, testY, Options(2)).ToJson();
        string all = ModelComparison.Run(sets, y, testY, Options(null)).ToJson();
        Assert.Equal(one, two);
        Assert.Equal(one, all);
    }

    [Fact]
    public void Metrics_FollowTheirDefinitions()
    {
        var (sets, y, testY) = TwoSets(22);
        var result = ModelComparison.Run(sets, y, testY, new ModelComparisonOptions(TwoLearners, Steps: [new StandardizeStep()], Seed: 5));
        var e = result.Get(ComparisonProtocol.Safe, "strong", "gnb");
        var ids = Splits.StratifiedFoldIds(y, 5, 5);
        Assert.Equal(ids, result.FoldIds);
        for (int f = 0; f < 5; f++)
        {
            var test = Enumerable.Range(0, y.Length).Where(i => ids[i] == f).ToArray();
            var train = Enumerable.Range(0, y.Length).Where(i => ids[i] != f).ToArray();
            var model = new Pipeline(new GaussianNaiveBayes(), new StandardizeStep()).Fit(train.Select(i => sets[0].Train[i]).ToArray(), train.Select(i => y[i]).ToArray());
            var p = model.PredictProbability(test.Select(i => sets[0].Train[i]).ToArray());
            Assert.Equal(p, test.Select(i => e.OutOfFoldScores[i]));
            Assert.Equal(Roc.Auc(p, test.Select(i => y[i]).ToArray(), RocDirection.ControlsLower), e.FoldAucs[f]);
        }
        Assert.Equal(e.FoldAucs.Average(), e.CvAuc);
        var curve = Roc.Curve(e.OutOfFoldScores, y, RocDirection.ControlsLower);
        Assert.Equal(Roc.Youden(curve).Threshold, e.Training.Threshold);
        Assert.Equal(DeLong.ConfidenceInterval(curve).Lower, e.Training.Interval.Lower);
        var full = new Pipeline(new GaussianNaiveBayes(), new StandardizeStep()).Fit(sets[0].Train, y);
        Assert.Equal(full.PredictProbability(sets[0].Test!), e.TestScores);
        var atTraining = Roc.MetricsAt(e.TestScores!, testY, e.Training.Threshold, RocDirection.ControlsLower);
        Assert.Equal(atTraining, e.Test!.Metrics);
        Assert.Equal(e.Training.Threshold, e.Test.Threshold);
        Assert.Equal(Roc.Auc(e.TestScores!, testY, RocDirection.ControlsLower), e.Test.Auc);
    }

    [Fact]
    public void Vote_CountsTopPlaces_AndTheChosenLearnersSetsAreCompared()
    {
        var (sets, y, testY) = TwoSets(23);
        var result = ModelComparison.Run(sets, y, testY, new ModelComparisonOptions(TwoLearners, Steps: [new StandardizeStep()], Top: 1));
        var votes = result.Votes.Where(v => v.Protocol == ComparisonProtocol.Safe).ToArray();
        Assert.Equal(2, votes.Sum(v => v.Votes));
        foreach (var set in sets)
        {
            var best = TwoLearners.MaxBy(l => result.Get(ComparisonProtocol.Safe, set.Name, l.Name).Test!.Auc)!.Name;
            Assert.Contains(set.Name, votes.Single(v => v.Learner == best).FeatureSets);
        }
        Assert.Equal(votes[0].Learner, result.Chosen[ComparisonProtocol.Safe]);
        var test = result.Comparisons.Single(c => c.Cohort == "test");
        var pair = Assert.Single(test.Tests);
        var chosen = result.Chosen[ComparisonProtocol.Safe];
        var expected = DeLong.Compare(result.Get(ComparisonProtocol.Safe, "strong", chosen).Test!.Curve, result.Get(ComparisonProtocol.Safe, "weak", chosen).Test!.Curve);
        Assert.Equal(expected.PValue, pair.Test.PValue);
        Assert.Equal(("strong", "weak"), (pair.First, pair.Second));
    }

    [Fact]
    public void Progress_IsReportedForEveryFit()
    {
        var (sets, y, testY) = TwoSets(24);
        var reports = new ConcurrentBag<ComparisonProgress>();
        ModelComparison.Run(sets, y, testY, new ModelComparisonOptions(TwoLearners, Protocols: [ComparisonProtocol.Safe, ComparisonProtocol.Paper]),
            new SynchronousProgress(reports.Add));
        int total = 2 * 2 * 2 * 5 + 2 * 2;
        Assert.Equal(total, reports.Count);
        Assert.All(reports, r => Assert.Equal(total, r.Total));
        Assert.Equal(Enumerable.Range(1, total), reports.Select(r => r.Completed).Order());
        Assert.Equal(4, reports.Count(r => r.Fold is null && r.Protocol is null));
    }

    [Fact]
    public void Outputs_HoldTheTable4Columns_AndThePredictions()
    {
        var (sets, y, testY) = TwoSets(25);
        var result = ModelComparison.Run(sets, y, testY, new ModelComparisonOptions(TwoLearners, Steps: [new StandardizeStep()]));
        var csv = result.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ModelComparisonResult.CsvColumns), csv[0]);
        Assert.Equal(1 + 2 * 2 * 2, csv.Length);
        Assert.Contains("<table", result.ToHtml());
        Assert.Contains("chosen (safe):", result.ToText());
        using var json = System.Text.Json.JsonDocument.Parse(result.ToJson());
        var first = json.RootElement.GetProperty("learners")[0];
        Assert.Equal("gnb", first.GetProperty("name").GetString());
        Assert.Equal(5, first.GetProperty("foldAucs").GetArrayLength());
        Assert.Equal(y.Length, first.GetProperty("oofPredictions").GetArrayLength());
        Assert.Equal(testY.Length, first.GetProperty("testPredictions").GetArrayLength());
        Assert.Equal(2, first.GetProperty("testAucCi").GetArrayLength());
        foreach (var key in new[] { "cvAuc", "testAuc", "accuracy", "sensitivity", "specificity", "ppv", "npv", "threshold" })
            Assert.Equal(System.Text.Json.JsonValueKind.Number, first.GetProperty(key).ValueKind);
    }

    [Fact]
    public void BadInput_IsRefusedBeforeAnyFit_NamingTheSetAndColumn()
    {
        var (sets, y, testY) = TwoSets(26);
        var counting = new CountingLearner();
        var options = new ModelComparisonOptions([counting]);
        string Error(FeatureSet[] s, int[] yy, int[]? ty) => Assert.Throws<LearnerInputException>(() => ModelComparison.Run(s, yy, ty, options)).Message;

        Assert.Contains("has no columns", Error([sets[0] with { Train = sets[0].Train.Select(_ => Array.Empty<double>()).ToArray() }], y, testY));
        var withNaN = sets[0].Train.Select(r => r.ToArray()).ToArray();
        withNaN[7][1] = double.NaN;
        Assert.Contains("row 7, column 'b'", Error([sets[0] with { Train = withNaN, Columns = ["a", "b", "c"] }], y, testY));
        Assert.Contains("3 training columns but 2 test columns", Error([sets[0] with { Test = sets[0].Test!.Select(r => r[..2]).ToArray() }], y, testY));
        Assert.Contains("binary", Error(sets, y.Select((v, i) => i == 4 ? 2 : v).ToArray(), testY));
        Assert.Contains("use at most", Error(sets, y.Select((v, i) => i < 3 ? 1 : 0).ToArray(), testY));
        Assert.Contains("single outcome class", Assert.Throws<LearnerInputException>(() =>
            ModelComparison.Run(sets, y, testY, options with { FoldIds = y.Select(v => v).ToArray() })).Message);
        Assert.Equal(0, counting.Fits);
    }

    /// <summary>A learner that records that it was fitted (for the "before any fit" checks) and predicts the training event rate.</summary>
    private sealed class CountingLearner : ILearner
    {
        private int _fits;
        public int Fits => _fits;
        public string Name => "counting";
        public IReadOnlyDictionary<string, string> HyperParameters => new Dictionary<string, string>();

        public IFittedModel Fit(double[][] x, IReadOnlyList<int> y)
        {
            Interlocked.Increment(ref _fits);
            return new GaussianNaiveBayes().Fit(x, y);
        }
    }

    private sealed class SynchronousProgress(Action<ComparisonProgress> report) : IProgress<ComparisonProgress>
    {
        public void Report(ComparisonProgress value) => report(value);
    }
}
