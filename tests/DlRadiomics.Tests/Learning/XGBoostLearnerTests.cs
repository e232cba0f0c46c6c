using DlRadiomics.Learning;

namespace DlRadiomics.Tests.Learning;

public class XGBoostLearnerTests
{
    [Theory]
    [MemberData(nameof(GoldenDataset.Names), MemberType = typeof(GoldenDataset))]
    public void DefaultsPredictAsThePythonPackage(string dataset)
    {
        var data = GoldenDataset.Named(dataset);
        foreach (var (fold, _, probability) in LearnerAssert.AucMatches(data, new XGBoostLearner(), "xgb", 1e-12))
            LearnerAssert.Close(data.Reference(fold.Fold, "xgb").GetProperty("proba").Doubles(), probability, 1e-6, $"{dataset} fold {fold.Fold}");
    }

    [Theory]
    [MemberData(nameof(GoldenDataset.Names), MemberType = typeof(GoldenDataset))]
    public void SubsamplingWithASeedPredictsAsThePythonPackage(string dataset)
    {
        // XGBClassifier(n_estimators=50, max_depth=3, learning_rate=0.1, subsample=0.8, colsample_bytree=0.7,
        // min_child_weight=2, reg_lambda=2.0, random_state=7) in make_golden.py
        var learner = new XGBoostLearner(Rounds: 50, MaxDepth: 3, LearningRate: 0.1, Subsample: 0.8, ColumnSampleByTree: 0.7,
            MinChildWeight: 2, RegLambda: 2, Seed: 7);
        var data = GoldenDataset.Named(dataset);
        foreach (var (fold, _, probability) in LearnerAssert.AucMatches(data, learner, "xgb_subsampled", 1e-12))
            LearnerAssert.Close(data.Reference(fold.Fold, "xgb_subsampled").GetProperty("proba").Doubles(), probability, 1e-6, $"{dataset} fold {fold.Fold}");
    }

    [Fact]
    public void TheSeedChangesASubsampledModelAndRepeatsIt()
    {
        var fold = GoldenDataset.Pima.Standardized(0);
        double[] Fit(int seed) => new XGBoostLearner(Rounds: 20, Subsample: 0.7, Seed: seed).Fit(fold.TrainX, fold.TrainY).PredictProbability(fold.TestX);
        Assert.Equal(Fit(1), Fit(1));
        Assert.NotEqual(Fit(1), Fit(2));
    }

    [Fact]
    public void JsonRoundTripPredictsTheSame()
    {
        var fold = GoldenDataset.Wdbc.Standardized(2);
        var model = new XGBoostLearner(Rounds: 30, MaxDepth: 4).Fit(fold.TrainX, fold.TrainY);
        LearnerAssert.RoundTrips(model, fold.TestX);
        Assert.Contains("\"learner\": {", ((XGBoostModel)model).BoosterJson.Replace("\"learner\":{", "\"learner\": {"));
    }

    [Fact]
    public void PredictionsFromManyThreadsAtOnceEqualThoseOneAtATime()
    {
        var fold = GoldenDataset.Wdbc.Standardized(0);
        using var model = (XGBoostModel)new XGBoostLearner(Rounds: 30).Fit(fold.TrainX, fold.TrainY);
        var expected = model.PredictProbability(fold.TestX);
        var concurrent = new double[16][];
        Parallel.For(0, concurrent.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => concurrent[i] = model.PredictProbability(fold.TestX));
        Assert.All(concurrent, p => Assert.Equal(expected, p));
    }

    [Fact]
    public void ADisposedModelRefusesToPredict()
    {
        var fold = GoldenDataset.Wdbc.Standardized(0);
        var model = (XGBoostModel)new XGBoostLearner(Rounds: 3).Fit(fold.TrainX, fold.TrainY);
        model.Dispose();
        model.Dispose();
        Assert.Throws<ObjectDisposedException>(() => model.PredictProbability(fold.TestX));
        Assert.Throws<ObjectDisposedException>(() => model.ToJson());
    }

    [Fact]
    public void AMissingLibraryNamesTheInstallCommand()
    {
        var e = Assert.Throws<NativeLibraryMissingException>(() => XGBoostNative.Load(["libxgboost-not-installed.so"]));
        Assert.Contains("apt-get install libxgboost0", e.Message);
    }

    [Fact]
    public void BadInputIsRejectedWithTheValue()
    {
        LearnerAssert.RejectsBadInput(new XGBoostLearner(Rounds: 3));
        var e = Assert.Throws<LearnerInputException>(() => new XGBoostLearner(Subsample: 1.5).Fit([[0.0], [1.0]], [0, 1]));
        Assert.Contains("Subsample = 1.5", e.Message);
    }
}
