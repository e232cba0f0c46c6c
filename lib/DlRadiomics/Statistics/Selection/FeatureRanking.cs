namespace DlRadiomics.Statistics.Selection;

/// <summary>Top-k selection from per-feature scores (larger is better), ties kept in column order.</summary>
public static class FeatureRanking
{
    public static IReadOnlyList<SelectedFeature> Top(IReadOnlyList<double> scores, IReadOnlyList<string> names, int top)
    {
        if (names.Count != scores.Count) throw new ModelInputException($"{names.Count} names for {scores.Count} scores");
        if (top < 1 || top > scores.Count) throw new ModelInputException($"top = {top}; choose between 1 and the {scores.Count} features");
        for (int j = 0; j < scores.Count; j++)
            if (double.IsNaN(scores[j])) throw new ModelInputException($"score of feature '{names[j]}' is NaN; it cannot be ranked");
        return Enumerable.Range(0, scores.Count).OrderByDescending(j => scores[j]).ThenBy(j => j).Take(top)
            .Select(j => new SelectedFeature(names[j], j, scores[j])).ToArray();
    }
}
