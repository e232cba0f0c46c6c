namespace DlRadiomics.Cohort;

/// <summary>
/// The three learners of highest external-test AUC per feature set in Fan et al. 2024 (Results, "Model
/// Construction"; the text that summarises Supplementary Tables 1–7), as printed, with the learners' short names of
/// <c>Learners</c> (the paper's "LightBGM" is <c>lgbm</c>), and the vote they give: SVM is among the top three of all
/// six sets and was chosen.
/// </summary>
public static class PublishedLearnerRanking
{
    public const string Source = PublishedPerformance.Source;

    /// <summary>Feature set, rank (1–3), learner and test AUC, in the order printed.</summary>
    public static IReadOnlyList<(string FeatureSet, int Rank, string Learner, double TestAuc)> Fan2024Top3 { get; } = Load();

    /// <summary>The paper's vote: per learner the sets in which it is among the top three, most votes first (ties in order of first appearance).</summary>
    public static IReadOnlyList<(string Learner, int Votes, IReadOnlyList<string> FeatureSets)> Votes() =>
        Fan2024Top3.GroupBy(r => r.Learner)
            .Select(g => (g.Key, g.Count(), (IReadOnlyList<string>)g.Select(r => r.FeatureSet).ToList()))
            .OrderByDescending(v => v.Item2).ToList();

    private static IReadOnlyList<(string, int, string, double)> Load()
    {
        var t = PublishedTables.Read("fan2024_top3.csv");
        var (sets, ranks, learners, aucs) = (t.Text("FeatureSet"), t.Text("Rank"), t.Text("Learner"), t.Text("TestAUC"));
        return Enumerable.Range(0, t.RowCount).Select(r => (sets[r], (int)PublishedTables.Number(ranks[r]), learners[r], PublishedTables.Number(aucs[r]))).ToList();
    }
}
