using DlRadiomics.Learning;
using DlRadiomics.Statistics.Validation;

namespace DlRadiomics.Tests.Learning;

public class SupportVectorLearnerTests
{
    [Theory]
    [MemberData(nameof(GoldenDataset.Names), MemberType = typeof(GoldenDataset))]
    public void MatchesScikitLearnsSvcOnEveryFold(string dataset)
    {
        var data = GoldenDataset.Named(dataset);
        foreach (var (fold, fitted, probability) in LearnerAssert.AucMatches(data, new SupportVectorLearner(), "svm", 0.005))
        {
            var model = (SupportVectorModel)fitted;
            var reference = data.Reference(fold.Fold, "svm");
            string where = $"{dataset} fold {fold.Fold}";
            Assert.Equal(reference.GetProperty("gamma").GetDouble(), model.Gamma, 1e-12);
            Assert.Equal([model.SupportCounts.Outcome0, model.SupportCounts.Outcome1], reference.GetProperty("n_support").EnumerateArray().Select(v => v.GetInt32()));
            Assert.Equal(reference.GetProperty("intercept").GetDouble(), model.Rho, 1e-9);
            LearnerAssert.Close(reference.GetProperty("decision").Doubles(), model.DecisionFunction(fold.TestX), 1e-9, $"{where} decision function");
            Assert.Equal(reference.GetProperty("prob_a").GetDouble(), model.ProbabilityA, 1e-9);
            Assert.Equal(reference.GetProperty("prob_b").GetDouble(), model.ProbabilityB, 1e-9);
            LearnerAssert.Close(reference.GetProperty("proba").Doubles(), probability, 1e-9, $"{where} probabilities");
        }
    }

    [Fact]
    public void LibsvmGeneratorMatchesScikitLearns()
    {
        // scikit-learn's test_newrand_set_seed: set_seed(0) then bounded_rand_int(100) == 54.
        Assert.Equal(54u, SupportVectorLearner.BoundedInt(new NumpyRandomState(0), 100));
        // RandomState(0).randint(2**31 - 1), the libsvm seed scikit-learn passes for random_state=0.
        Assert.Equal(209652396u, new NumpyRandomState(0).NextInterval(int.MaxValue - 1));
    }

    [Fact]
    public void ProbabilitiesRankAsTheDecisionFunction()
    {
        var fold = GoldenDataset.Pima.Standardized(2);
        var model = (SupportVectorModel)new SupportVectorLearner().Fit(fold.TrainX, fold.TrainY);
        Assert.True(model.ProbabilityA < 0, "a larger decision value must mean a larger P(y = 1)");
        Assert.Equal(LearnerAssert.Auc(model.DecisionFunction(fold.TestX), fold.TestY), LearnerAssert.Auc(model.PredictProbability(fold.TestX), fold.TestY), 12);
    }

    [Fact]
    public void JsonRoundTripPredictsTheSame()
    {
        var fold = GoldenDataset.Wdbc.Standardized(4);
        LearnerAssert.RoundTrips(new SupportVectorLearner(C: 2, Gamma: 0.05, Seed: 3).Fit(fold.TrainX, fold.TrainY), fold.TestX);
    }

    [Fact]
    public void SmallCacheGivesTheSameModel()
    {
        var fold = GoldenDataset.Wdbc.Standardized(1);
        var full = (SupportVectorModel)new SupportVectorLearner().Fit(fold.TrainX, fold.TrainY);
        var small = (SupportVectorModel)new SupportVectorLearner(CacheMegabytes: 0.01).Fit(fold.TrainX, fold.TrainY);
        Assert.Equal(full.DualCoefficients, small.DualCoefficients);
        Assert.Equal(full.PredictProbability(fold.TestX), small.PredictProbability(fold.TestX));
    }

    [Fact]
    public void BadInputIsRejectedWithTheValue()
    {
        LearnerAssert.RejectsBadInput(new SupportVectorLearner());
        var e = Assert.Throws<LearnerInputException>(() => new SupportVectorLearner(Gamma: 0).Fit([[0.0], [1.0]], [0, 1]));
        Assert.Contains("Gamma = 0", e.Message);
    }
}
