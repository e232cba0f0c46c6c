using DlRadiomics.Statistics.Regression;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Cohort;

/// <summary>
/// The clinical model of Fan et al. 2024 on a clinical table of the <c>clinical</c> schema: the paper's Table 3
/// variables as candidates, MSU coded against class 2A, and <see cref="ClinicalSelection"/>'s sparse-factor, screen and
/// top-five-by-AUC steps. The chosen factors are kept among a data set's intermediate results for the later analyses.
/// </summary>
public static class SurgicalRiskClinicalModel
{
    /// <summary>The outcome column (1 = surgery).</summary>
    public const string Outcome = "Surgery";

    /// <summary>File name of the chosen factors (one column name a line) among the intermediate results.</summary>
    public const string FeaturesFile = "clinical-features.txt";

    /// <summary>The columns of the paper's Table 3 variables (a binary variable as its 0/1 column).</summary>
    public static IReadOnlyList<string> Candidates { get; } = PublishedRegressionTable.Fan2024Table3.Select(r => r.Column).ToList();

    /// <summary>Factor coding: MSU against class 2A, the most common class.</summary>
    public static DesignOptions Design { get; } = new(ReferenceLevels: new Dictionary<string, string> { ["MSU"] = "2A" });

    /// <summary>Selection settings: <paramref name="minimumLevelCount"/> events and non-events a level needs, and <see cref="Design"/>.</summary>
    public static ClinicalSelectionOptions Options(int minimumLevelCount = 5) => new(MinimumLevelCount: minimumLevelCount, Design: Design);

    /// <summary>Every step of the selection on the training cohort.</summary>
    public static ClinicalSelectionResult Select(DataFrame training, int minimumLevelCount = 5) =>
        ClinicalSelection.Run(training, Outcome, Candidates, Options(minimumLevelCount));

    /// <summary>Writes the chosen factors to <see cref="FeaturesFile"/> (replacing it) and returns its path.</summary>
    public static string Save(ClinicalSelectionResult selection, AnalysisArtifacts artifacts) =>
        artifacts.Save(FeaturesFile, Lines(selection.Chosen));

    /// <summary>
    /// The chosen factors of <see cref="FeaturesFile"/> in <paramref name="artifacts"/> (notebook 02 writes it), or, when
    /// it is missing, of <see cref="Select"/> on <paramref name="training"/>, saved for the next analysis.
    /// </summary>
    public static IReadOnlyList<string> Features(DataFrame training, AnalysisArtifacts artifacts, int minimumLevelCount, out bool recomputed) =>
        File.ReadAllLines(artifacts.Ensure(FeaturesFile,
            path => File.WriteAllText(path, Lines(Select(training, minimumLevelCount).Chosen)), out recomputed)).Where(l => l.Length > 0).ToList();

    private static string Lines(IEnumerable<string> factors) => string.Join("\n", factors) + "\n";
}
