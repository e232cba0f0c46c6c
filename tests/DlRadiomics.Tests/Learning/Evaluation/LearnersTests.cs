using DlRadiomics.Learning;
using DlRadiomics.Learning.Evaluation;

namespace DlRadiomics.Tests.Learning.Evaluation;

public class LearnersTests
{
    [Fact]
    public void EveryRegisteredName_CreatesThatLearner_AndUnknownNamesAreListed()
    {
        Assert.NotEmpty(Learners.Names);
        foreach (var name in Learners.Names) Assert.Equal(name, Learners.Create(name, seed: 3, threads: 1).Name);
        var e = Assert.Throws<LearnerInputException>(() => Learners.Create("svc"));
        Assert.Contains("'svc'", e.Message);
        Assert.Contains(string.Join(", ", Learners.Names), e.Message);
    }

    [Fact]
    public void Grids_HoldDistinctSettingsOfOneLearner()
    {
        foreach (var name in Learners.Order.Where(Learners.HasGrid))
        {
            var grid = Learners.Grid(name);
            Assert.True(grid.Count >= 3, name);
            Assert.All(grid, l => Assert.Equal(name, l.Name));
            Assert.Equal(grid.Count, grid.Select(l => string.Join(";", l.HyperParameters.OrderBy(p => p.Key))).Distinct().Count());
        }
        var svm = Learners.Grid("svm");
        Assert.Equal(9, svm.Count);
        Assert.Equal(["0.1", "1", "10"], svm.Select(l => l.HyperParameters["C"]).Distinct());
    }
}
