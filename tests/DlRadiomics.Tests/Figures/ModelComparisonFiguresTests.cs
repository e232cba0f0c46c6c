using DlRadiomics.Figures;
using DlRadiomics.Learning.Evaluation;
using DlRadiomics.Learning.Pipelines;
using DlRadiomics.Tests.Learning.Evaluation;

namespace DlRadiomics.Tests.Figures;

/// <summary>The model-comparison figures draw exactly the comparison's numbers.</summary>
public class ModelComparisonFiguresTests
{
    private static readonly Lazy<ModelComparisonResult> Result = new(() =>
    {
        var (sets, y, testY) = ModelComparisonTests.TwoSets(31);
        return ModelComparison.Run(sets, y, testY, new ModelComparisonOptions(ModelComparisonTests.TwoLearners,
            Steps: [new StandardizeStep(), new MannWhitneyStep()], Protocols: [ComparisonProtocol.Safe, ComparisonProtocol.Paper], Top: 1));
    });

    [Fact]
    public void AucHeatmap_HasLearnerRows_SetColumns_TheTestAucs_AndStarsOnTheVotes()
    {
        var r = Result.Value;
        var trace = FigureJson.Parse(LearnerAucHeatmap.Create(r)).Traces().Single();
        Assert.Equal(["gnb", "gnb_smooth"], trace.Strings("y"));
        Assert.Equal(["strong", "weak"], trace.Strings("x"));
        var z = trace.GetProperty("z").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        var text = trace.GetProperty("text").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetString()!).ToArray()).ToArray();
        foreach (var (l, i) in new[] { ("gnb", 0), ("gnb_smooth", 1) })
            foreach (var (s, j) in new[] { ("strong", 0), ("weak", 1) })
            {
                Assert.Equal(r.Get(ComparisonProtocol.Safe, s, l).Test!.Auc, z[i][j]);
                bool voted = r.Votes.Single(v => v.Protocol == ComparisonProtocol.Safe && v.Learner == l).FeatureSets.Contains(s);
                Assert.Equal(voted, text[i][j].EndsWith('★'));
            }
        Assert.Throws<FigureInputException>(() => LearnerAucHeatmap.Create(r, cohort: "validation"));
    }

    [Fact]
    public void VoteFigure_HasOneBarSeriesPerProtocol_WithTheVoteCounts()
    {
        var r = Result.Value;
        var figure = FigureJson.Parse(VoteFigure.Create(r));
        foreach (var protocol in new[] { ComparisonProtocol.Safe, ComparisonProtocol.Paper })
        {
            var trace = figure.Trace(ModelComparisonResult.Protocol(protocol));
            var learners = trace.Strings("x");
            Assert.Equal(learners.Select(l => (double)r.Votes.Single(v => v.Protocol == protocol && v.Learner == l).Votes), trace.Numbers("y"));
        }
    }

    [Fact]
    public void ComparisonRoc_DrawsEachLearnersCurve()
    {
        var r = Result.Value;
        var figure = FigureJson.Parse(ComparisonRocFigure.Create(r, "weak", "train"));
        var e = r.Get(ComparisonProtocol.Safe, "weak", "gnb_smooth");
        var trace = figure.Traces().Single(t => t.GetProperty("name").GetString()!.StartsWith("gnb_smooth ("));
        Assert.Equal(e.Training.Curve.Sensitivities, trace.Numbers("y"));
        Assert.Contains("'nosuch'", Assert.Throws<FigureInputException>(() => ComparisonRocFigure.Create(r, "nosuch")).Message);
    }

    [Fact]
    public void OptimismFigure_PutsBothProtocolsCvAucsAndTheTestAucSideBySide()
    {
        var r = Result.Value;
        var figure = FigureJson.Parse(ProtocolOptimismFigure.Create(r));
        var safe = r.Evaluations.Where(e => e.Protocol == ComparisonProtocol.Safe).ToArray();
        Assert.Equal(safe.Select(e => e.CvAuc), figure.Trace("CV AUC, steps inside each fold (safe)").Numbers("y"));
        Assert.Equal(safe.Select(e => r.Get(ComparisonProtocol.Paper, e.FeatureSet, e.Learner).CvAuc), figure.Trace("CV AUC, steps before the folds (paper)").Numbers("y"));
        Assert.Equal(safe.Select(e => e.Test!.Auc), figure.Trace("test AUC").Numbers("y"));
    }
}
