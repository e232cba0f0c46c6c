using DlRadiomics.Learning.Evaluation;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// AUCs of a model comparison as a heatmap, learners (rows) × feature sets (columns), the AUC written in each cell
/// with a ★ on the learners that received the set's votes — the studies' supplementary tables at a glance.
/// </summary>
public static class LearnerAucHeatmap
{
    private static readonly object[][] Scale = [[0.0, "#f7fbff"], [0.5, "#6baed6"], [1.0, "#08306b"]];

    /// <param name="result">The comparison.</param>
    /// <param name="protocol">Which protocol's AUCs.</param>
    /// <param name="cohort">"test" (the vote's ranking when there is a test cohort) or "cv" (mean fold AUC).</param>
    /// <param name="title">Figure title, or null for none.</param>
    /// <param name="style">Look of the figure; <see cref="FigureStyle.Default"/> when null.</param>
    /// <exception cref="FigureInputException">The protocol was not run, or "test" asked for without a test cohort.</exception>
    public static GenericChart Create(ModelComparisonResult result, ComparisonProtocol protocol = ComparisonProtocol.Safe, string cohort = "test",
        string? title = null, FigureStyle? style = null)
    {
        var mine = result.Evaluations.Where(e => e.Protocol == protocol).ToArray();
        if (mine.Length == 0) throw new FigureInputException($"AUC heatmap: the comparison has no {ModelComparisonResult.Protocol(protocol)} protocol; run it with that protocol");
        if (cohort is not ("test" or "cv")) throw new FigureInputException($"AUC heatmap: cohort '{cohort}'; give \"test\" or \"cv\"");
        if (cohort == "test" && !result.HasTest) throw new FigureInputException("AUC heatmap: the comparison has no test cohort; draw the \"cv\" AUCs");
        var learners = mine.Select(e => e.Learner).Distinct().ToArray();
        var sets = mine.Select(e => e.FeatureSet).Distinct().ToArray();
        var votes = result.Votes.Where(v => v.Protocol == protocol).ToDictionary(v => v.Learner, v => v.FeatureSets);
        double Auc(LearnerEvaluation e) => cohort == "test" ? e.Test!.Auc : e.CvAuc;
        var z = learners.Select(l => sets.Select(s => (double?)Auc(mine.Single(e => e.Learner == l && e.FeatureSet == s))).ToArray()).ToArray();
        var text = learners.Select((l, i) => sets.Select((s, j) => FigureCanvas.Number(z[i][j]!.Value, 3) + (votes[l].Contains(s) ? " ★" : "")).ToArray()).ToArray();
        style ??= FigureStyle.Default;
        var canvas = new FigureCanvas(style with { Width = Math.Max(style.Width, 110 * sets.Length + 260), Height = Math.Max(style.Height, 50 * learners.Length + 200) });
        MatrixHeatmap.Draw(canvas, "AUC", learners, sets, z, text, Scale, 0.5, 1, cohort == "test" ? "test AUC" : "CV AUC");
        return canvas.ToChart(title);
    }
}
