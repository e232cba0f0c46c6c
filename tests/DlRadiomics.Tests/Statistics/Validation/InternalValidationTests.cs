using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Selection;
using DlRadiomics.Statistics.Validation;
using DlRadiomics.Tests.Statistics.Selection;


namespace DlRadiomics.Tests.Statistics.Validation;

/// <summary>Leave-one-out, repeated stratified k-fold and bootstrap optimism with a small pluggable learner.</summary>
public class InternalValidationTests
{
    private static readonly CentroidLearner Centroid = new();

    private static readonly double[][] X = WdbcGolden.Standardized.X.Select(r => r[..10]).ToArray();
    private static readonly int[] Y = WdbcGolden.Standardized.Y;

    [Fact]
    public void LeaveOneOutScoresEveryPatientWithAModelThatDidNotSeeIt()
    {
        var cv = InternalValidation.LeaveOneOut(X, Y, Centroid);
        Assert.Equal(X.Length, cv.Resamples.Count);
        int i = 17;
        var train = Enumerable.Range(0, X.Length).Where(r => r != i).ToArray();
        double expected = Centroid.Fit(train.Select(r => X[r]).ToArray(), train.Select(r => Y[r]).ToArray()).PredictProbability([X[i]])[0];
        Assert.Equal(expected, cv.OutOfFoldScores[0][i], 12);
        Assert.Equal(Roc.Auc(cv.OutOfFoldScores[0], Y, RocDirection.ControlsLower), cv.MeanAuc, 12);
        Assert.InRange(cv.MeanAuc, 0.9, 1.0);
    }

    [Fact]
    public void RepeatedStratifiedKFoldPoolsEachRepeat()
    {
        var cv = InternalValidation.RepeatedStratifiedKFold(X, Y, 10, 3, 42, Centroid);
        Assert.Equal(30, cv.Resamples.Count);
        Assert.Equal(3, cv.PooledAuc.Length);
        Assert.All(cv.OutOfFoldScores, s => Assert.All(s, v => Assert.True(double.IsFinite(v))));
        var splits = RepeatedStratifiedKFold.Split(Y, 10, 3, 42).ToArray();
        Assert.Equal(splits[12].Test, cv.Resamples[12].Rows);
        Assert.Equal(1, cv.Resamples[12].Repeat);
        Assert.Equal(cv.PooledAuc.Average(), cv.MeanAuc, 14);
    }

    [Fact]
    public void BootstrapOptimismRemovesTheOverfitOfNoiseFeatures()
    {
        // 40 patients, 30 pure-noise features: the apparent AUC is high; the bootstrap removes a large part of the
        // optimism (it is known to leave some when features outnumber patients, since samples overlap the rows).
        var random = new NumpyRandomState(3);
        var x = Enumerable.Range(0, 40).Select(_ => Enumerable.Range(0, 30).Select(_ => random.NextGaussian()).ToArray()).ToArray();
        var y = Enumerable.Range(0, 40).Select(i => i % 2).ToArray();
        var result = BootstrapOptimism.Run(x, y, Centroid, replicates: 200, seed: 11);
        Assert.True(result.ApparentAuc > 0.85, $"apparent {result.ApparentAuc}");
        Assert.True(result.Optimism > 0.15, $"optimism {result.Optimism}");
        Assert.True(result.Replicates.Average(r => r.OriginalAuc) < result.Replicates.Average(r => r.BootAuc) - 0.15);
        Assert.Equal(200, result.Replicates.Count);
        Assert.Equal(result.ApparentAuc - result.Replicates.Average(r => r.BootAuc - r.OriginalAuc), result.CorrectedAuc, 12);
        var again = BootstrapOptimism.Run(x, y, Centroid, replicates: 200, seed: 11);
        Assert.Equal(result.CorrectedAuc, again.CorrectedAuc);
    }

    [Fact]
    public void BootstrapOnAGoodSignalKeepsMostOfTheAuc()
    {
        var result = BootstrapOptimism.Run(X, Y, Centroid, replicates: 50, seed: 5);
        Assert.InRange(result.Optimism, -0.01, 0.02);
        Assert.All(result.Replicates, r => Assert.Equal(X.Length, r.OriginalScores.Length));
    }

    [Fact]
    public void SingleClassOutcomeIsRefused()
    {
        var e = Assert.Throws<ModelInputException>(() => InternalValidation.LeaveOneOut(X, new int[X.Length], Centroid));
        Assert.Contains("single class", e.Message);
    }
}
