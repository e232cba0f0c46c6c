using System.Text.RegularExpressions;
using DlRadiomics.Learning;

namespace DlRadiomics.Tests.Learning;

// Debian has no Python LightGBM to write goldens with: these tests check that LightGBM itself receives its defaults
// (it echoes them in the model text), that a seed makes fits repeat exactly, and that the AUC per fold is where the
// xgboost package's boosted trees put it on the same folds.
public class LightGbmLearnerTests
{
    [Fact]
    public void LightGbmReceivesItsDefaults()
    {
        var fold = GoldenDataset.Wdbc.Standardized(0);
        var model = (LightGbmModel)new LightGbmLearner().Fit(fold.TrainX, fold.TrainY);
        foreach (var echoed in new[] { "[objective: binary]", "[boosting: gbdt]", "[num_leaves: 31]", "[max_depth: -1]", "[learning_rate: 0.1]",
                     "[min_data_in_leaf: 20]", "[min_sum_hessian_in_leaf: 0.001]", "[bagging_fraction: 1]", "[bagging_freq: 0]",
                     "[feature_fraction: 1]", "[lambda_l1: 0]", "[lambda_l2: 0]", "[max_bin: 255]", "[deterministic: 1]" })
            Assert.Contains(echoed, model.ModelText);
        Assert.Equal(100, Regex.Matches(model.ModelText, @"^Tree=\d+$", RegexOptions.Multiline).Count);
    }

    [Theory]
    [MemberData(nameof(GoldenDataset.Names), MemberType = typeof(GoldenDataset))]
    public void AucIsThatOfXGBoostOnTheSameFolds(string dataset)
    {
        var data = GoldenDataset.Named(dataset);
        // tolerance 1 on each fold: only the mean is compared
        var ours = LearnerAssert.AucMatches(data, new LightGbmLearner(), "xgb", 1).Select(r => LearnerAssert.Auc(r.Probability, r.Fold.TestY)).ToArray();
        var xgboost = Enumerable.Range(0, data.FoldCount).Select(k => data.Reference(k, "xgb").GetProperty("auc").GetDouble()).ToArray();
        Assert.True(Math.Abs(ours.Average() - xgboost.Average()) < 0.03,
            $"{dataset}: LightGBM mean AUC {ours.Average():F4}, xgboost {xgboost.Average():F4} ([{string.Join(", ", ours.Select(a => a.ToString("F4")))}])");
        Assert.All(ours, auc => Assert.True(auc > (dataset == "wdbc" ? 0.97 : 0.75), $"{dataset} fold AUC {auc:F4}"));
    }

    [Fact]
    public void ASeedMakesBaggedFitsRepeatExactly()
    {
        var fold = GoldenDataset.Pima.Standardized(4);
        double[] Fit(int seed) => new LightGbmLearner(Subsample: 0.7, SubsampleFrequency: 1, ColumnSampleByTree: 0.8, Seed: seed)
            .Fit(fold.TrainX, fold.TrainY).PredictProbability(fold.TestX);
        Assert.Equal(Fit(3), Fit(3));
        Assert.NotEqual(Fit(3), Fit(4));
        var plain = new LightGbmLearner();
        Assert.Equal(plain.Fit(fold.TrainX, fold.TrainY).PredictProbability(fold.TestX), plain.Fit(fold.TrainX, fold.TrainY).PredictProbability(fold.TestX));
    }

    [Fact]
    public void JsonRoundTripPredictsTheSame()
    {
        var fold = GoldenDataset.Wdbc.Standardized(3);
        LearnerAssert.RoundTrips(new LightGbmLearner(Rounds: 40, NumLeaves: 15).Fit(fold.TrainX, fold.TrainY), fold.TestX);
    }

    [Fact]
    public void AMissingLibraryNamesWhereItComesFrom()
    {
        var e = Assert.Throws<NativeLibraryMissingException>(() => LightGbmNative.Load(["lib_lightgbm_not_there"]));
        Assert.Contains("LightGBM 4.7.0 NuGet package", e.Message);
    }

    [Fact]
    public void BadInputIsRejectedWithTheValue()
    {
        LearnerAssert.RejectsBadInput(new LightGbmLearner(Rounds: 3));
        var e = Assert.Throws<LearnerInputException>(() => new LightGbmLearner(NumLeaves: 1).Fit([[0.0], [1.0]], [0, 1]));
        Assert.Contains("NumLeaves = 1", e.Message);
    }
}
