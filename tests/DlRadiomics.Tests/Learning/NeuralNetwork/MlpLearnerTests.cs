using DlRadiomics.Learning;

namespace DlRadiomics.Tests.Learning;

public class MlpLearnerTests
{
    public static TheoryData<string> Datasets => new() { "wdbc", "pima" };

    /// <summary>
    /// scikit-learn's MLPClassifier(random_state=0) inside StandardScaler → model on every fold: the same initial
    /// weights, shuffles and Adam steps, so the network is the same up to the summation order of the matrix products
    /// (probabilities agree to 2e-14 on WDBC and Pima; 1e-9 is asserted), far inside the 0.03 on the mean AUC.
    /// </summary>
    [Theory]
    [MemberData(nameof(Datasets))]
    public void MatchesScikitLearnsMlpOnEveryFold(string name)
    {
        var data = TreesGolden.Dataset(name);
        var reference = TreesGolden.Reference(data, "mlp");
        var (foldAuc, oof, fold0) = TreesGolden.CrossValidate(data, new MlpLearner());
        double mean = foldAuc.Average(), expected = reference.GetProperty("meanAuc").GetDouble();
        Assert.True(Math.Abs(mean - expected) <= 0.03, $"{name} mlp: mean AUC {mean:F4}, scikit-learn {expected:F4}");
        LearnerAssert.Close(reference.GetProperty("foldAuc").Doubles(), foldAuc, 1e-12, $"{name} mlp fold AUCs");
        LearnerAssert.Close(reference.GetProperty("oofProbability").Doubles(), oof, 1e-9, $"{name} mlp out-of-fold probabilities");
        var model = (MlpModel)fold0;
        Assert.Equal(reference.GetProperty("fold0").GetProperty("nIter").GetInt32(), model.LossCurve.Count);
        Assert.Equal(reference.GetProperty("fold0").GetProperty("loss").GetDouble(), model.LossCurve[^1], 10);
    }

    [Fact]
    public void SeparatesAClearlySeparableProblemAndStopsWhenTheLossStalls()
    {
        // y = 1 exactly when x₀ + x₁ > 0: the network learns it well before max_iter.
        var random = new Random(5);
        var x = Enumerable.Range(0, 120).Select(_ => new[] { random.NextDouble() * 4 - 2, random.NextDouble() * 4 - 2 }).ToArray();
        var y = x.Select(r => r[0] + r[1] > 0 ? 1 : 0).ToArray();
        var model = new MlpLearner(MaxIterations: 2000, LearningRate: 0.01).Fit(x, y);
        Assert.True(model.Converged);
        Assert.True(model.LossCurve.Count < 2000);
        Assert.True(LearnerAssert.Auc(model.PredictProbability(x), y) > 0.99);
        Assert.True(model.LossCurve[^1] < model.LossCurve[0]);
    }

    [Fact]
    public void SameSeedSameNetworkOtherSeedOtherNetwork()
    {
        var fold = GoldenDataset.Pima.Standardized(3);
        var learner = new MlpLearner(MaxIterations: 20, Seed: 4);
        var a = learner.Fit(fold.TrainX, fold.TrainY).PredictProbability(fold.TestX);
        Assert.Equal(a, learner.Fit(fold.TrainX, fold.TrainY).PredictProbability(fold.TestX));
        Assert.NotEqual(a, (learner with { Seed = 5 }).Fit(fold.TrainX, fold.TrainY).PredictProbability(fold.TestX));
    }

    [Fact]
    public void RoundTripsThroughJson()
    {
        var fold = GoldenDataset.Pima.Standardized(0);
        var model = new MlpLearner(HiddenUnits: 7, BatchSize: 50, MaxIterations: 30, Shuffle: false, Seed: 2).Fit(fold.TrainX, fold.TrainY);
        LearnerAssert.RoundTrips(model, fold.TestX);
        var reloaded = (MlpModel)FittedModelJson.Load(model.ToJson());
        Assert.Equal(model.Options, reloaded.Options);
        Assert.Equal(model.LossCurve, reloaded.LossCurve);
    }

    [Fact]
    public void RejectsBadInputNamingIt() => LearnerAssert.RejectsBadInput(new MlpLearner(MaxIterations: 5));

    [Fact]
    public void RejectsBadSettingsNamingTheValue()
    {
        double[][] x = [[0.0], [1.0], [2.0], [3.0]];
        int[] y = [0, 0, 1, 1];
        Throws(() => new MlpLearner(HiddenUnits: 0).Fit(x, y), "mlp: HiddenUnits = 0 is invalid");
        Throws(() => new MlpLearner(Alpha: -1).Fit(x, y), "Alpha = -1");
        Throws(() => new MlpLearner(BatchSize: 0).Fit(x, y), "BatchSize = 0");
        Throws(() => new MlpLearner(LearningRate: 0).Fit(x, y), "LearningRate = 0");
        Throws(() => new MlpLearner(Beta1: 1).Fit(x, y), "Beta1 = 1");
        Throws(() => new MlpLearner(Beta2: -0.1).Fit(x, y), "Beta2 = -0.1");
        Throws(() => new MlpLearner(Epsilon: 0).Fit(x, y), "Epsilon = 0");
        Throws(() => new MlpLearner(MaxIterations: 0).Fit(x, y), "MaxIterations = 0");
        Throws(() => new MlpLearner(Tolerance: double.NaN).Fit(x, y), "Tolerance = NaN");
        Throws(() => new MlpLearner(IterationsNoChange: 0).Fit(x, y), "IterationsNoChange = 0");
        Throws(() => new MlpLearner(Seed: -3).Fit(x, y), "Seed = -3");
    }

    [Fact]
    public void ReportsScikitLearnsHyperParameters()
    {
        var hp = new MlpLearner().HyperParameters;
        Assert.Equal("(100,)", hp["hidden_layer_sizes"]);
        Assert.Equal("auto", hp["batch_size"]);
        Assert.Equal("0.0001", hp["alpha"]);
        Assert.Equal("200", hp["max_iter"]);
        Assert.Equal("adam", hp["solver"]);
    }

    private static void Throws(Action act, string fragment) =>
        Assert.Contains(fragment, Assert.Throws<LearnerInputException>(act).Message);
}
