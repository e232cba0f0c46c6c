using DlRadiomics.Learning;

namespace DlRadiomics.Tests.Learning;

public class NearestNeighboursLearnerTests
{
    [Theory]
    [MemberData(nameof(GoldenDataset.Names), MemberType = typeof(GoldenDataset))]
    public void ProbabilitiesAreScikitLearnsOnEveryFold(string dataset)
    {
        var data = GoldenDataset.Named(dataset);
        foreach (var (fold, _, probability) in LearnerAssert.AucMatches(data, new NearestNeighboursLearner(), "knn", 1e-12))
            Assert.Equal(data.Reference(fold.Fold, "knn").GetProperty("proba").Doubles(), probability);
    }

    [Fact]
    public void EqualDistancesAreBrokenByTrainingOrder()
    {
        // From 0, rows 1-4 are all at distance 1; with k = 3 the first three of them (outcomes 1, 1, 0) are taken.
        double[][] x = [[5.0], [1.0], [-1.0], [1.0], [-1.0], [6.0]];
        int[] y = [0, 1, 1, 0, 0, 1];
        var model = new NearestNeighboursLearner(K: 3).Fit(x, y);
        Assert.Equal(2.0 / 3, model.PredictProbability([[0.0]])[0]);
    }

    [Fact]
    public void JsonRoundTripPredictsTheSame()
    {
        var fold = GoldenDataset.Pima.Standardized(3);
        LearnerAssert.RoundTrips(new NearestNeighboursLearner(K: 7).Fit(fold.TrainX, fold.TrainY), fold.TestX);
    }

    [Fact]
    public void BadInputIsRejectedWithTheValue()
    {
        LearnerAssert.RejectsBadInput(new NearestNeighboursLearner(K: 3));
        var e = Assert.Throws<LearnerInputException>(() => new NearestNeighboursLearner(K: 9).Fit([[0.0], [1.0]], [0, 1]));
        Assert.Contains("K = 9", e.Message);
        Assert.Contains("(2)", e.Message);
    }
}
