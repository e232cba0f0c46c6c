using DlRadiomics.Statistics.Preprocessing;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// A 2-D embedding of patients' deep features coloured by outcome: the scores on the first two principal components
/// (<see cref="PrincipalComponents"/>, centred, not scaled, fitted on the rows drawn), each axis titled with its share
/// of the variance, and the network named in the title.
/// </summary>
/// <remarks>A linear map: distances along the axes are distances in feature space projected, unlike t-SNE, which is
/// not offered here.</remarks>
public static class DeepEmbeddingFigure
{
    /// <param name="features">Patients × deep features.</param>
    /// <param name="outcome">0/1 outcome of each patient.</param>
    /// <param name="network">Name of the network that produced the features (e.g. <c>resnet18-imagenet</c>).</param>
    /// <param name="outcomeNames">Legend names of outcome 0 and 1.</param>
    /// <param name="ids">Patient IDs shown on hover, or null.</param>
    /// <param name="title">Figure title; null gives "Deep features of &lt;network&gt;: first two principal components".</param>
    /// <param name="style">Look of the figure; <see cref="FigureStyle.Default"/> when null.</param>
    /// <exception cref="FigureInputException">Fewer than 3 patients, mismatched lengths, or an outcome not 0/1.</exception>
    public static GenericChart Create(double[][] features, IReadOnlyList<int> outcome, string network,
        (string Negative, string Positive)? outcomeNames = null, IReadOnlyList<string>? ids = null, string? title = null, FigureStyle? style = null)
    {
        if (features.Length < 3) throw new FigureInputException($"deep embedding: {features.Length} patients; at least 3 are needed for two components");
        if (outcome.Count != features.Length) throw new FigureInputException($"deep embedding: {features.Length} feature rows but {outcome.Count} outcomes");
        if (ids is not null && ids.Count != features.Length) throw new FigureInputException($"deep embedding: {features.Length} feature rows but {ids.Count} IDs");
        int bad = outcome.ToList().FindIndex(y => y is not (0 or 1));
        if (bad >= 0) throw new FigureInputException($"deep embedding: outcome {bad + 1} is {outcome[bad]}; outcomes are 0 or 1");
        var pca = PrincipalComponents.Fit(features, new PcaOptions(2));
        var scores = pca.Transform(features);
        var (negative, positive) = outcomeNames ?? ("outcome 0", "outcome 1");
        var canvas = new FigureCanvas(style ?? FigureStyle.Default);
        foreach (int y in new[] { 0, 1 })
        {
            var rows = Enumerable.Range(0, features.Length).Where(i => outcome[i] == y).ToArray();
            var trace = new Dictionary<string, object>
            {
                ["name"] = y == 0 ? negative : positive, ["mode"] = "markers",
                ["x"] = rows.Select(i => scores[i][0]).ToArray(), ["y"] = rows.Select(i => scores[i][1]).ToArray(),
                ["marker"] = new Dictionary<string, object> { ["color"] = canvas.Style.Colour(y), ["size"] = 7, ["opacity"] = 0.75 },
            };
            if (ids is not null) trace["text"] = rows.Select(i => ids[i]).ToArray();
            canvas.Trace("scatter", trace);
        }
        string Share(int c) => FigureCanvas.Number(100 * pca.ExplainedVarianceRatio[c], 1);
        canvas.Layout("xaxis", FigureCanvas.Axis($"PC1 ({Share(0)}% of variance)", zeroLine: true));
        canvas.Layout("yaxis", FigureCanvas.Axis($"PC2 ({Share(1)}% of variance)", zeroLine: true));
        return canvas.ToChart(title ?? $"Deep features of {network}: first two principal components");
    }
}
