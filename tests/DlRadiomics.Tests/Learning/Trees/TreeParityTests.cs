using DlRadiomics.Learning;

namespace DlRadiomics.Tests.Learning;

/// <summary>
/// The tree learners against scikit-learn 1.2 (StandardScaler → model, fitted on each fold's training rows,
/// random_state = Seed = 0). Seeds, feature draws, thresholds and single-precision comparisons follow scikit-learn's,
/// so the trees are the same and every out-of-fold probability is equal, not only the AUC.
/// </summary>
public class TreeParityTests
{
    public static TheoryData<string> Datasets => new() { "wdbc", "pima" };

    [Theory]
    [MemberData(nameof(Datasets))]
    public void DecisionTreeGrowsScikitLearnsTreeOnEveryFold(string name)
    {
        var data = TreesGolden.Dataset(name);
        var reference = TreesGolden.Reference(data, "dt");
        var (foldAuc, oof, fold0) = TreesGolden.CrossValidate(data, new DecisionTreeLearner());
        LearnerAssert.Close(reference.GetProperty("foldAuc").Doubles(), foldAuc, 1e-12, $"{name} dt fold AUCs");
        LearnerAssert.Close(reference.GetProperty("oofProbability").Doubles(), oof, 1e-12, $"{name} dt out-of-fold probabilities");
        var tree = (DecisionTreeModel)fold0;
        var details = reference.GetProperty("fold0");
        Assert.Equal(details.GetProperty("nodeCount").GetInt32(), tree.Tree.NodeCount);
        Assert.Equal(details.GetProperty("depth").GetInt32(), tree.Tree.Depth);
        LearnerAssert.Close(details.GetProperty("featureImportances").Doubles(), tree.FeatureImportances(), 1e-12, $"{name} dt importances");
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void RandomForestEqualsScikitLearnsForest(string name) => ForestEqualsScikitLearns(name, new RandomForestLearner());

    [Theory]
    [MemberData(nameof(Datasets))]
    public void ExtraTreesEqualScikitLearnsEnsemble(string name) => ForestEqualsScikitLearns(name, new ExtraTreesLearner());

    private static void ForestEqualsScikitLearns(string name, ILearner learner)
    {
        var data = TreesGolden.Dataset(name);
        var reference = TreesGolden.Reference(data, learner.Name);
        var (foldAuc, oof, fold0) = TreesGolden.CrossValidate(data, learner);
        double mean = foldAuc.Average(), expected = reference.GetProperty("meanAuc").GetDouble();
        Assert.True(Math.Abs(mean - expected) <= 0.03, $"{name} {learner.Name}: mean AUC {mean:F4}, scikit-learn {expected:F4}");
        LearnerAssert.Close(reference.GetProperty("foldAuc").Doubles(), foldAuc, 1e-12, $"{name} {learner.Name} fold AUCs");
        LearnerAssert.Close(reference.GetProperty("oofProbability").Doubles(), oof, 1e-12, $"{name} {learner.Name} out-of-fold probabilities");
        LearnerAssert.Close(reference.GetProperty("fold0").GetProperty("featureImportances").Doubles(),
            ((ForestModel)fold0).FeatureImportances(), 1e-12, $"{name} {learner.Name} importances");
    }
}
