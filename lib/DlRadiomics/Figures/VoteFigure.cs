using DlRadiomics.Learning.Evaluation;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// The studies' vote: for each learner, the number of feature sets in which it ranked among the top k, one bar colour
/// per protocol, learners in the order of the first protocol's vote.
/// </summary>
public static class VoteFigure
{
    /// <exception cref="FigureInputException">The comparison holds no votes.</exception>
    /// <param name="result">The comparison.</param>
    /// <param name="title">Figure title, or null for none.</param>
    /// <param name="style">Look of the figure; <see cref="FigureStyle.Default"/> when null.</param>
    public static GenericChart Create(ModelComparisonResult result, string? title = null, FigureStyle? style = null)
    {
        if (result.Votes.Count == 0) throw new FigureInputException("vote figure: the comparison holds no votes");
        var protocols = result.Votes.Select(v => v.Protocol).Distinct().ToArray();
        var order = result.Votes.Where(v => v.Protocol == protocols[0]).Select(v => v.Learner).ToArray();
        var canvas = new FigureCanvas(style ?? FigureStyle.Default);
        for (int p = 0; p < protocols.Length; p++)
        {
            var votes = order.Select(l => result.Votes.Single(v => v.Protocol == protocols[p] && v.Learner == l)).ToArray();
            canvas.Trace("bar", new Dictionary<string, object>
            {
                ["name"] = ModelComparisonResult.Protocol(protocols[p]), ["x"] = order, ["y"] = votes.Select(v => v.Votes).ToArray(),
                ["text"] = votes.Select(v => string.Join(", ", v.FeatureSets)).ToArray(), ["textposition"] = "none",
                ["marker"] = new Dictionary<string, object> { ["color"] = canvas.Style.Colour(p) },
                ["hovertemplate"] = "%{x}: %{y} vote(s)<br>%{text}<extra>" + ModelComparisonResult.Protocol(protocols[p]) + "</extra>",
            });
        }
        canvas.Layout("barmode", "group");
        canvas.Layout("xaxis", FigureCanvas.Axis("Learner"));
        canvas.Layout("yaxis", FigureCanvas.Axis($"Feature sets in the top {result.Top}", [0, result.Evaluations.Select(e => e.FeatureSet).Distinct().Count() + 0.5]));
        return canvas.ToChart(title);
    }
}
