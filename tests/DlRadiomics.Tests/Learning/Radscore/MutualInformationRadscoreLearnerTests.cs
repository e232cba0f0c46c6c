using DlRadiomics.Learning;
using DlRadiomics.Numerics;
using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Selection;
using DlRadiomics.Statistics.Validation;
using DlRadiomics.Tests.Statistics.Selection;

namespace DlRadiomics.Tests.Learning;

/// <summary>The recurrence Radscore procedure as a learner, inside the validation schemes.</summary>
public class MutualInformationRadscoreLearnerTests
{
    private static readonly double[][] X = WdbcGolden.Raw.X.Select(r => r[..8]).ToArray();
    private static readonly int[] Y = WdbcGolden.Raw.Y;
    private static readonly string[] Names = Enumerable.Range(0, 8).Select(j => $"x{j}").ToArray();

    [Fact]
    public void ProbabilitiesAreTheLogisticOfTheRadscoreBitForBit()
    {
        var radscore = MutualInformationRadscore.Fit("disc", X, Y, Names, top: 3, seed: 7);
        var model = (MutualInformationRadscoreModel)new MutualInformationRadscoreLearner(3, 7).Fit(X, Y);
        Assert.Equal(radscore.Selected.Select(s => s.Index), model.Selected);
        var expected = radscore.Score(X);
        Assert.Equal(expected, model.Score(X));
        Assert.Equal(expected.Select(Logistic.Sigmoid), model.PredictProbability(X));
    }

    [Fact]
    public void KFoldRepeatsTheSelectionInEveryFoldAsFittingTheRadscorePerFold()
    {
        var cv = InternalValidation.RepeatedStratifiedKFold(X, Y, 5, 1, 3, new MutualInformationRadscoreLearner(3, 7));
        var logOdds = new double[X.Length];
        foreach (var (train, test) in RepeatedStratifiedKFold.Split(Y, 5, 1, 3))
        {
            var radscore = MutualInformationRadscore.Fit("", train.Select(i => X[i]).ToArray(), train.Select(i => Y[i]).ToArray(), Names, 3, 7);
            var scores = radscore.Score(test.Select(i => X[i]).ToArray());
            for (int k = 0; k < test.Length; k++) logOdds[test[k]] = scores[k];
        }
        Assert.Equal(logOdds.Select(Logistic.Sigmoid), cv.OutOfFoldScores[0]);
        Assert.Equal(Roc.Auc(logOdds, Y, RocDirection.ControlsLower), cv.MeanAuc);
    }

    [Fact]
    public void SavedModelPredictsIdentically()
    {
        var model = new MutualInformationRadscoreLearner(4, 2).Fit(X, Y);
        var loaded = FittedModelJson.Load(model.ToJson());
        Assert.Equal(model.HyperParameters, loaded.HyperParameters);
        Assert.Equal(model.PredictProbability(X), loaded.PredictProbability(X));
    }

    [Fact]
    public void TopBelowOneIsRefused()
    {
        var e = Assert.Throws<LearnerInputException>(() => new MutualInformationRadscoreLearner(0).Fit(X, Y));
        Assert.Contains("Top = 0", e.Message);
    }
}
