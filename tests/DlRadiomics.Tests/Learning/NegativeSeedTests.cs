using DlRadiomics.Learning;
using DlRadiomics.Learning.Evaluation;

namespace DlRadiomics.Tests.Learning;

/// <summary>
/// Seeds are <c>int</c>, while numpy's <c>RandomState</c> (whose streams the learners reproduce) takes 0 … 2³²−1: a
/// negative seed is refused before any fitting with a <see cref="LearnerInputException"/> naming the setting and value,
/// never wrapped into a large unsigned seed.
/// </summary>
public class NegativeSeedTests
{
    private static readonly double[][] X = [[0.0, 1.0], [1.0, 0.5], [2.0, 0.0], [3.0, 1.5], [4.0, 0.2], [5.0, 0.9]];
    private static readonly int[] Y = [0, 0, 1, 0, 1, 1];

    public static TheoryData<string> Seeded => ["svm", "dt", "rf", "et", "mlp", "xgb", "lgbm", "radscore", "search"];

    private static ILearner WithSeed(string name, int seed) => name switch
    {
        "svm" => new SupportVectorLearner(Seed: seed),
        "dt" => new DecisionTreeLearner(Seed: seed),
        "rf" => new RandomForestLearner(Trees: 3, Seed: seed),
        "et" => new ExtraTreesLearner(Trees: 3, Seed: seed),
        "mlp" => new MlpLearner(Seed: seed),
        "xgb" => new XGBoostLearner(Rounds: 2, Seed: seed),
        "lgbm" => new LightGbmLearner(Rounds: 2, Seed: seed),
        "radscore" => new MutualInformationRadscoreLearner(1, seed),
        _ => new HyperParameterSearch([new LogisticRegressionLearner(), new LogisticRegressionLearner(C: 0.1)], InnerFolds: 2, Seed: seed),
    };

    [Theory]
    [MemberData(nameof(Seeded))]
    public void NegativeSeed_IsRefusedBeforeFitting_NamingTheValue(string name)
    {
        var e = Assert.Throws<LearnerInputException>(() => WithSeed(name, -1).Fit(X, Y));
        Assert.Contains("Seed = -1", e.Message);
    }

    [Fact]
    public void NegativeSeed_OfTheSplits_IsRefused()
    {
        var y = Enumerable.Range(0, 20).Select(i => i % 2).ToArray();
        Assert.Contains("seed = -1", Assert.Throws<LearnerInputException>(() => Splits.StratifiedKFold(y, 5, -1)).Message);
        Assert.Contains("seed = -1", Assert.Throws<LearnerInputException>(() => Splits.Bootstrap(y, 2, -1)).Message);
        Assert.Contains("seed = -1", Assert.Throws<LearnerInputException>(() => Splits.RepeatedStratifiedKFold(y, 5, 2, -1)).Message);
    }
}
