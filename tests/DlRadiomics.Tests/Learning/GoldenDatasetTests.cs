namespace DlRadiomics.Tests.Learning;

public class GoldenDatasetTests
{
    [Fact]
    public void WdbcHasScikitLearnsShapeAndStratifiedFolds()
    {
        var data = GoldenDataset.Wdbc;
        Assert.Equal(569, data.X.Length);
        Assert.All(data.X, row => Assert.Equal(30, row.Length));
        Assert.Equal(212, data.Y.Sum());
        Assert.Equal("mean_radius", data.FeatureNames[0]);
        AssertStratified(data);
    }

    [Fact]
    public void PimaHasMassShapeAndStratifiedFolds()
    {
        var data = GoldenDataset.Pima;
        Assert.Equal(532, data.X.Length);
        Assert.Equal(7, data.FeatureNames.Length);
        Assert.Equal(177, data.Y.Sum());
        AssertStratified(data);
    }

    [Fact]
    public void StandardizedFoldHasZeroMeanUnitVarianceOnTrainingRows()
    {
        var fold = GoldenDataset.Wdbc.Standardized(2);
        Assert.Equal(GoldenDataset.Wdbc.Y.Length, fold.Train.Length + fold.Test.Length);
        for (int j = 0; j < 30; j++)
        {
            var column = fold.TrainX.Select(r => r[j]).ToArray();
            double mean = column.Average();
            Assert.True(Math.Abs(mean) < 1e-12, $"feature {j} mean {mean}");
            Assert.True(Math.Abs(column.Sum(v => (v - mean) * (v - mean)) / column.Length - 1) < 1e-12);
        }
    }

    // StratifiedKFold(5) on these sizes puts ⌊n/5⌋ or ⌈n/5⌉ rows and ⌊ones/5⌋ or ⌈ones/5⌉ events in each fold.
    private static void AssertStratified(GoldenDataset data)
    {
        Assert.Equal(5, data.FoldCount);
        int n = data.Y.Length, ones = data.Y.Sum();
        for (int k = 0; k < 5; k++)
        {
            var (train, test) = data.Split(k);
            Assert.Equal(n, train.Length + test.Length);
            Assert.InRange(test.Length, n / 5, (n + 4) / 5);
            Assert.InRange(data.Outcomes(test).Sum(), ones / 5, (ones + 4) / 5);
        }
    }
}
