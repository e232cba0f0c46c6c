using DlRadiomics.Learning;
using DlRadiomics.Learning.Evaluation;

namespace DlRadiomics.Tests.Learning.Evaluation;

public class SplitsTests
{
    private static readonly int[] Y = Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? 1 : 0).ToArray();

    [Fact]
    public void StratifiedKFold_TestsEveryRowOnce_KeepsClassShares_AndDependsOnlyOnSeed()
    {
        var a = Splits.StratifiedKFold(Y, 5, 3).ToArray();
        var b = Splits.StratifiedKFold(Y, 5, 3).ToArray();
        var c = Splits.StratifiedKFold(Y, 5, 4).ToArray();
        Assert.Equal(Enumerable.Range(0, Y.Length), a.SelectMany(s => s.Test).Order());
        foreach (var (train, test) in a)
        {
            Assert.Empty(train.Intersect(test));
            Assert.Equal(Y.Length, train.Length + test.Length);
            Assert.InRange(test.Count(i => Y[i] == 1), 2, 3);
        }
        Assert.Equal(a.Select(s => s.Test), b.Select(s => s.Test));
        Assert.NotEqual(a.Select(s => s.Test), c.Select(s => s.Test));
        var ids = Splits.StratifiedFoldIds(Y, 5, 3);
        for (int f = 0; f < 5; f++) Assert.Equal(a[f].Test, Enumerable.Range(0, Y.Length).Where(i => ids[i] == f));
    }

    [Fact]
    public void StratifiedFoldIds_EqualScikitLearns_OnTheGoldenData()
    {
        foreach (var data in new[] { GoldenDataset.Wdbc, GoldenDataset.Pima })
            Assert.Equal(data.Fold, Splits.StratifiedFoldIds(data.Y, 5, 0));
    }

    [Fact]
    public void RepeatedStratifiedKFold_GivesRepeatsTimesFolds_WithDifferentPartitions()
    {
        var splits = Splits.RepeatedStratifiedKFold(Y, 4, 3, 1).ToArray();
        Assert.Equal(12, splits.Length);
        for (int r = 0; r < 3; r++) Assert.Equal(Enumerable.Range(0, Y.Length), splits.Skip(4 * r).Take(4).SelectMany(s => s.Test).Order());
        Assert.NotEqual(splits[0].Test, splits[4].Test);
    }

    [Fact]
    public void LeaveOneOut_TestsEachRowAlone()
    {
        var splits = Splits.LeaveOneOut(5).ToArray();
        Assert.Equal(5, splits.Length);
        Assert.All(splits, (s, i) => { Assert.Equal([i], s.Test); Assert.Equal(4, s.Train.Length); });
    }

    [Fact]
    public void Bootstrap_TrainsOnDrawsWithReplacement_TestsOutOfBag()
    {
        var splits = Splits.Bootstrap(Y, 20, 7).ToArray();
        Assert.Equal(20, splits.Length);
        foreach (var (train, test) in splits)
        {
            Assert.Equal(Y.Length, train.Length);
            Assert.True(train.Distinct().Count() < Y.Length);
            Assert.Equal(Enumerable.Range(0, Y.Length).Except(train).Order(), test);
        }
        Assert.Equal(splits.Select(s => s.Train), Splits.Bootstrap(Y, 20, 7).Select(s => s.Train));
    }

    [Fact]
    public void FromFoldColumn_SplitsByIds_AndRefusesSingleClassFolds()
    {
        var ids = Enumerable.Range(0, Y.Length).Select(i => i % 2).ToArray();
        var splits = Splits.FromFoldColumn(ids, Y, "fold").ToArray();
        Assert.Equal(2, splits.Length);
        Assert.Equal(Enumerable.Range(0, Y.Length).Where(i => i % 2 == 1), splits[1].Test);
        var bad = Y.Select(v => v).ToArray();
        var e = Assert.Throws<LearnerInputException>(() => Splits.FromFoldColumn(bad.Select((v, i) => v == 1 ? 0 : 1 + i % 2).ToArray(), Y, "myfold"));
        Assert.Contains("'myfold'", e.Message);
        Assert.Contains("single outcome class", e.Message);
        Assert.Contains("0-based", Assert.Throws<LearnerInputException>(() => Splits.FromFoldColumn(ids.Select(v => v - 1).ToArray(), Y)).Message);
    }

    [Fact]
    public void ByCohort_PutsTheNamedCohortInTest()
    {
        var cohort = new[] { "train", "test", "train", "test", "train" };
        var (train, test) = Splits.ByCohort(cohort, "test");
        Assert.Equal([0, 2, 4], train);
        Assert.Equal([1, 3], test);
        Assert.Contains("'external'", Assert.Throws<LearnerInputException>(() => Splits.ByCohort(cohort, "external", "site")).Message);
    }

    [Fact]
    public void Errors_NameTheProblemAndTheFix()
    {
        Assert.Contains("use at most 3 folds", Assert.Throws<LearnerInputException>(() => Splits.StratifiedKFold([1, 1, 1, 0, 0, 0, 0, 0], 5, 0)).Message);
        Assert.Contains("use at most 4 folds", Assert.Throws<LearnerInputException>(() => Splits.StratifiedKFold([1, 0, 1, 0], 5, 0)).Message);
        Assert.Contains("single class", Assert.Throws<LearnerInputException>(() => Splits.StratifiedKFold([0, 0, 0, 0, 0, 0], 2, 0)).Message);
        Assert.Contains("binary", Assert.Throws<LearnerInputException>(() => Splits.StratifiedKFold([0, 1, 2, 0, 1, 2], 2, 0)).Message.Replace("0/1", "binary"));
    }
}
