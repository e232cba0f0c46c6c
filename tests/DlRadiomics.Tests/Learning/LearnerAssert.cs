using System.Text.Json;
using DlRadiomics.Learning;
using DlRadiomics.Statistics.RocAnalysis;

namespace DlRadiomics.Tests.Learning;

/// <summary>Assertions shared by the learner tests: AUC parity with a golden fold, JSON round trip, input errors.</summary>
internal static class LearnerAssert
{
    public static double[] Doubles(this JsonElement e) => e.EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static double Auc(double[] scores, int[] outcome) => Roc.Auc(scores, outcome, RocDirection.ControlsLower);

    /// <summary>Fits <paramref name="learner"/> on every standardised fold and checks the test AUC against the golden within <paramref name="tolerance"/>; returns the fitted models and predictions.</summary>
    public static List<(FoldData Fold, IFittedModel Model, double[] Probability)> AucMatches(
        GoldenDataset data, ILearner learner, string reference, double tolerance)
    {
        var results = new List<(FoldData, IFittedModel, double[])>();
        for (int k = 0; k < data.FoldCount; k++)
        {
            var fold = data.Standardized(k);
            var model = learner.Fit(fold.TrainX, fold.TrainY);
            var p = model.PredictProbability(fold.TestX);
            double expected = data.Reference(k, reference).GetProperty("auc").GetDouble(), actual = Auc(p, fold.TestY);
            Assert.True(Math.Abs(expected - actual) <= tolerance,
                $"{data.Name} fold {k} {learner.Name}: AUC {actual:F6}, scikit-learn {expected:F6} (|diff| {Math.Abs(expected - actual):E2} > {tolerance})");
            results.Add((fold, model, p));
        }
        return results;
    }

    public static void Close(double[] expected, double[] actual, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        double worst = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(worst <= tolerance, $"{what}: largest |diff| {worst:E3} > {tolerance:E1}");
    }

    /// <summary>Saves, reloads and checks the reloaded model predicts the same on <paramref name="x"/>.</summary>
    public static void RoundTrips(IFittedModel model, double[][] x)
    {
        var reloaded = FittedModelJson.Load(model.ToJson());
        Assert.Equal(model.GetType(), reloaded.GetType());
        Assert.Equal(model.HyperParameters, reloaded.HyperParameters);
        Assert.Equal(model.FeatureCount, reloaded.FeatureCount);
        Assert.Equal(model.PredictProbability(x), reloaded.PredictProbability(x));
    }

    /// <summary>The shared input checks: each bad input raises <see cref="LearnerInputException"/> with a message naming the problem.</summary>
    public static void RejectsBadInput(ILearner learner)
    {
        var x = new[] { new[] { 0.0, 1 }, new[] { 1.0, 0 }, new[] { 2.0, 1 }, new[] { 3.0, 0 }, new[] { 4.0, 1 }, new[] { 5.0, 0 } };
        int[] y = [0, 0, 0, 1, 1, 1];
        Throws(() => learner.Fit([x[0], [1.0], .. x[2..]], y), "row 1 has 1 values");
        Throws(() => learner.Fit([x[0], [1.0, double.NaN], .. x[2..]], y), "row 1, column 1 is NaN");
        Throws(() => learner.Fit(x, y[..5]), "6 training rows but 5 outcomes");
        Throws(() => learner.Fit(x, [0, 0, 0, 1, 2, 1]), "training row 4 is 2");
        Throws(() => learner.Fit(x, [1, 1, 1, 1, 1, 1]), "both classes");
        Throws(() => learner.Fit([], []), "no training rows");
        Throws(() => learner.Fit(x.Select(_ => Array.Empty<double>()).ToArray(), y), "no feature columns");
        var model = learner.Fit(x, y);
        Throws(() => model.PredictProbability([[1.0, 2, 3]]), "row 0 has 3 values but 2 are expected");
        Throws(() => model.PredictProbability([[1.0, double.PositiveInfinity]]), "column 1 is Infinity");
    }

    private static void Throws(Action act, string fragment)
    {
        var e = Assert.Throws<LearnerInputException>(act);
        Assert.Contains(fragment, e.Message);
    }
}
