using DlRadiomics.Learning.Evaluation;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// The optimism of selecting features before cross-validation: per learner and feature set, the CV AUC with the steps
/// fitted inside each training fold ("safe") beside the CV AUC with the steps fitted once on all training rows
/// ("paper"), and with a test cohort the test AUC both share.
/// </summary>
public static class ProtocolOptimismFigure
{
    /// <exception cref="FigureInputException">The comparison was not run with both protocols.</exception>
    /// <param name="result">A comparison run with both protocols.</param>
    /// <param name="title">Figure title, or null for none.</param>
    /// <param name="style">Look of the figure; <see cref="FigureStyle.Default"/> when null.</param>
    public static GenericChart Create(ModelComparisonResult result, string? title = null, FigureStyle? style = null)
    {
        var safe = result.Evaluations.Where(e => e.Protocol == ComparisonProtocol.Safe).ToArray();
        var paper = result.Evaluations.Where(e => e.Protocol == ComparisonProtocol.Paper).ToArray();
        if (safe.Length == 0 || paper.Length == 0)
            throw new FigureInputException("protocol figure: the comparison needs both protocols; run it with Protocols = [Safe, Paper] (--protocol both)");
        var labels = safe.Select(e => $"{e.Learner} · {e.FeatureSet}").ToArray();
        var canvas = new FigureCanvas(style ?? FigureStyle.Default);
        var series = new List<(string Name, double[] Auc)>
        {
            ("CV AUC, steps inside each fold (safe)", safe.Select(e => e.CvAuc).ToArray()),
            ("CV AUC, steps before the folds (paper)", safe.Select(e => paper.Single(p => p.Learner == e.Learner && p.FeatureSet == e.FeatureSet).CvAuc).ToArray()),
        };
        if (result.HasTest) series.Add(("test AUC", safe.Select(e => e.Test!.Auc).ToArray()));
        for (int s = 0; s < series.Count; s++)
            canvas.Trace("bar", new Dictionary<string, object>
            {
                ["name"] = series[s].Name, ["x"] = labels, ["y"] = series[s].Auc,
                ["marker"] = new Dictionary<string, object> { ["color"] = canvas.Style.Colour(s) },
                ["hovertemplate"] = "%{x}: %{y:.3f}<extra></extra>",
            });
        canvas.Line(-0.5, 0.5, labels.Length - 0.5, 0.5, canvas.Style.ReferenceColour);
        canvas.Layout("barmode", "group");
        canvas.Layout("xaxis", FigureCanvas.Axis(""));
        canvas.Layout("yaxis", FigureCanvas.Axis("AUC", [0, 1.05]));
        canvas.Layout("legend", new Dictionary<string, object> { ["orientation"] = "h", ["x"] = 0.5, ["xanchor"] = "center", ["y"] = -0.15, ["yanchor"] = "top" });
        return canvas.ToChart(title);
    }
}
