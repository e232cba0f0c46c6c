using DlRadiomics.Learning.Evaluation;
using DlRadiomics.Learning.Pipelines;
using DlRadiomics.Learning;
using DlRadiomics.Statistics.Preprocessing;
using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Validation;

namespace DlRadiomics.Tests.Learning.Evaluation;

public class HyperParameterSearchTests
{
    private static readonly ILearner[] KGrid = new[] { 1, 3, 9, 25 }.Select(k => (ILearner)new NearestNeighboursLearner(K: k)).ToArray();

    [Fact]
    public void Fit_RefitsTheCandidateWithTheBestMeanInnerFoldAuc()
    {
        var data = GoldenDataset.Pima;
        var x = ZScore.Fit(data.X).Transform(data.X);
        var search = new HyperParameterSearch(KGrid, InnerFolds: 3, Seed: 4);
        var folds = Splits.StratifiedKFold(data.Y, 3, 4).ToArray();
        var expected = KGrid.Select(c => folds.Average(f =>
        {
            var model = c.Fit(f.Train.Select(i => x[i]).ToArray(), f.Train.Select(i => data.Y[i]).ToArray());
            return Roc.Auc(model.PredictProbability(f.Test.Select(i => x[i]).ToArray()), f.Test.Select(i => data.Y[i]).ToArray(), RocDirection.ControlsLower);
        })).ToArray();
        Assert.Equal(expected, search.Scores(x, data.Y));
        int best = Array.IndexOf(expected, expected.Max());
        var fitted = search.Fit(x, data.Y);
        Assert.Equal(KGrid[best].HyperParameters["n_neighbors"], fitted.HyperParameters["n_neighbors"]);
        Assert.Equal(KGrid[best].Fit(x, data.Y).PredictProbability(x), fitted.PredictProbability(x));
        Assert.Equal("knn", search.Name);
        Assert.Equal("1|3|9|25", search.HyperParameters["n_neighbors"]);
    }

    [Fact]
    public void RandomSearch_TriesASeededSubset()
    {
        var search = new HyperParameterSearch(KGrid, Seed: 2, RandomDraws: 2);
        var tried = search.Tried();
        Assert.Equal(2, tried.Count);
        Assert.Equal(tried, new HyperParameterSearch(KGrid, Seed: 2, RandomDraws: 2).Tried());
        Assert.All(tried, t => Assert.Contains(t, KGrid));
        Assert.Equal("random 2 of 4", search.HyperParameters["search"]);
    }

    [Fact]
    public void InsideAComparison_EachOuterFoldTunesOnItsOwnRows()
    {
        var data = GoldenDataset.Pima;
        var search = new HyperParameterSearch(KGrid, InnerFolds: 3);
        var result = ModelComparison.Run([new FeatureSet("pima", data.X)], data.Y, null,
            new ModelComparisonOptions([search], Steps: [new StandardizeStep()], FoldIds: data.Fold));
        var e = result.Evaluations.Single();
        for (int f = 0; f < 5; f++)
        {
            var (train, _) = data.Split(f);
            var z = ZScore.Fit(data.Rows(train)).Transform(data.Rows(train));
            var scores = search.Scores(z, data.Outcomes(train));
            Assert.Equal(KGrid[Array.IndexOf(scores, scores.Max())].HyperParameters["n_neighbors"], e.FittedHyperParameters[f]["n_neighbors"]);
        }
    }

    [Fact]
    public void Candidates_OfDifferentLearners_AreRefused()
    {
        var e = Assert.Throws<LearnerInputException>(() => new HyperParameterSearch([new NearestNeighboursLearner(), new LogisticRegressionLearner()]).Tried());
        Assert.Contains("knn, lr", e.Message);
    }
}
