using System.Text.Json.Nodes;
using DlRadiomics.Learning;

namespace DlRadiomics.Tests.Learning;

public class TreeLearnerTests
{
    private static readonly double[][] Steps = [[1.0, 5], [2.0, 5], [3.0, 5], [4.0, 5], [5.0, 5], [6.0, 5]];
    private static readonly int[] StepOutcome = [0, 0, 0, 1, 1, 0];

    [Fact]
    public void DecisionTreeSplitsAtMidpointsAndPredictsLeafFractions()
    {
        // Gini of the root: 1 − (4² + 2²)/6² = 4/9. The best first split is x₀ ≤ 3.5 (left pure); the right node
        // {4:1, 5:1, 6:0} splits at 5.5; the constant second feature is never used.
        var model = new DecisionTreeLearner().Fit(Steps, StepOutcome);
        var tree = model.Tree;
        Assert.Equal(new[] { 0, ClassificationTree.Undefined, 0, ClassificationTree.Undefined, ClassificationTree.Undefined }, tree.Feature);
        Assert.Equal(new[] { 3.5, -2, 5.5, -2, -2 }, tree.Threshold);
        Assert.Equal(4.0 / 9, tree.Impurity[0], 15);
        Assert.Equal(2, tree.Depth);
        Assert.Equal(new[] { 0.0, 0, 0, 1, 1, 0 }, model.PredictProbability(Steps));
        Assert.Equal(new[] { 1.0, 0 }, model.FeatureImportances());
    }

    [Fact]
    public void DepthLimitLeavesClassFractionsInTheLeaves()
    {
        var model = new DecisionTreeLearner(MaxDepth: 1).Fit(Steps, StepOutcome);
        Assert.Equal(3, model.Tree.NodeCount);
        Assert.Equal(new[] { 0.0, 0, 0, 2.0 / 3, 2.0 / 3, 2.0 / 3 }, model.PredictProbability(Steps));
    }

    [Fact]
    public void SeedDecidesBetweenEquallyGoodFeaturesAndRepeats()
    {
        // Two copies of one feature: the split is equally good on either; the seeded permutation picks one.
        var x = Steps.Select(r => new[] { r[0], r[0] }).ToArray();
        var chosen = Enumerable.Range(0, 20).Select(s => new DecisionTreeLearner(Seed: s).Fit(x, StepOutcome).Tree.Feature[0]).ToArray();
        Assert.Contains(0, chosen);
        Assert.Contains(1, chosen);
        Assert.All(Enumerable.Range(0, 20), s => Assert.Equal(chosen[s], new DecisionTreeLearner(Seed: s).Fit(x, StepOutcome).Tree.Feature[0]));
    }

    [Theory]
    [InlineData("rf")]
    [InlineData("et")]
    public void ForestIsTheSameOnOneThreadAsOnMany(string name)
    {
        var fold = GoldenDataset.Wdbc.Standardized(1);
        ILearner Make(int threads) => name == "rf"
            ? new RandomForestLearner(Trees: 40, Seed: 7, MaxDegreeOfParallelism: threads)
            : new ExtraTreesLearner(Trees: 40, Seed: 7, MaxDegreeOfParallelism: threads);
        var one = Make(1).Fit(fold.TrainX, fold.TrainY).PredictProbability(fold.TestX);
        var many = Make(8).Fit(fold.TrainX, fold.TrainY).PredictProbability(fold.TestX);
        var all = Make(-1).Fit(fold.TrainX, fold.TrainY).PredictProbability(fold.TestX);
        Assert.Equal(one, many);
        Assert.Equal(one, all);
    }

    [Theory]
    [InlineData("dt")]
    [InlineData("rf")]
    [InlineData("et")]
    public void ModelsRoundTripThroughJson(string name)
    {
        var fold = GoldenDataset.Pima.Standardized(0);
        ILearner learner = name switch
        {
            "dt" => new DecisionTreeLearner(MaxDepth: 6, MinSamplesLeaf: 2, Seed: 3),
            "rf" => new RandomForestLearner(Trees: 15, MaxFeatures: MaxFeatures.Log2, Seed: 3),
            _ => new ExtraTreesLearner(Trees: 15, Bootstrap: true, Seed: 3),
        };
        var model = learner.Fit(fold.TrainX, fold.TrainY);
        LearnerAssert.RoundTrips(model, fold.TestX);
        var reloaded = FittedModelJson.Load(model.ToJson());
        Assert.Equal(learner, reloaded switch
        {
            DecisionTreeModel dt => dt.Options,
            ForestModel forest => forest.Options,
            _ => null,
        });
    }

    [Theory]
    [InlineData("dt")]
    [InlineData("rf")]
    [InlineData("et")]
    public void RejectsBadInputNamingIt(string name) =>
        LearnerAssert.RejectsBadInput(name switch
        {
            "dt" => new DecisionTreeLearner(),
            "rf" => new RandomForestLearner(Trees: 5),
            _ => new ExtraTreesLearner(Trees: 5),
        });

    [Fact]
    public void RejectsBadSettingsNamingTheValue()
    {
        Throws(() => new RandomForestLearner(Trees: 0).Fit(Steps, StepOutcome), "rf: Trees = 0 is invalid");
        Throws(() => new ExtraTreesLearner(MaxDegreeOfParallelism: 0).Fit(Steps, StepOutcome), "MaxDegreeOfParallelism = 0");
        Throws(() => new DecisionTreeLearner(MaxDepth: 0).Fit(Steps, StepOutcome), "dt: MaxDepth = 0 is invalid");
        Throws(() => new DecisionTreeLearner(MinSamplesSplit: 1).Fit(Steps, StepOutcome), "MinSamplesSplit = 1");
        Throws(() => new DecisionTreeLearner(MinSamplesLeaf: 0).Fit(Steps, StepOutcome), "MinSamplesLeaf = 0");
        Throws(() => new DecisionTreeLearner(Seed: -1).Fit(Steps, StepOutcome), "Seed = -1");
        Throws(() => new DecisionTreeLearner().Fit([[1.0], [1e39]], [0, 1]), "row 1, column 0 is 1E+39, beyond single precision");
    }

    [Fact]
    public void RejectsJsonThatIsNotATree()
    {
        var json = JsonNode.Parse(new DecisionTreeLearner().Fit(Steps, StepOutcome).ToJson())!;
        json["state"]!["trees"]![0]!["childrenLeft"]![0] = 0;
        Throws(() => FittedModelJson.Load(json.ToJsonString()), "node 0 has children 0, 2");
        json["state"]!["trees"]![0]!.AsObject().Remove("threshold");
        Throws(() => FittedModelJson.Load(json.ToJsonString()), "a node array is missing");
    }

    [Fact]
    public void ReportsScikitLearnsHyperParameters()
    {
        var hp = new RandomForestLearner().HyperParameters;
        Assert.Equal("100", hp["n_estimators"]);
        Assert.Equal("None", hp["max_depth"]);
        Assert.Equal("sqrt", hp["max_features"]);
        Assert.Equal("true", hp["bootstrap"]);
        Assert.Equal("false", new ExtraTreesLearner().HyperParameters["bootstrap"]);
        Assert.Equal("None", new DecisionTreeLearner().HyperParameters["max_features"]);
    }

    private static void Throws(Action act, string fragment) =>
        Assert.Contains(fragment, Assert.Throws<LearnerInputException>(act).Message);
}
