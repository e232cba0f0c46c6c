using DlRadiomics.Cohort;
using DlRadiomics.Radiomics.Batch;
using DlRadiomics.Statistics.Tables;

namespace DlRadiomics.Tests.Cohort;

public class SurgicalRiskSignaturesTests
{
    /// <summary>Four small feature sets of 120 patients (80 training): two informative columns and noise each.</summary>
    private static SurgicalRiskFeatures Features()
    {
        var random = new Random(9);
        var ids = Enumerable.Range(1, 120).Select(i => $"P{i:D3}").ToArray();
        var y = ids.Select((_, i) => i % 3 == 0 ? 1 : 0).ToArray();
        ExtractedFeatures Set(string prefix, int columns) => new(ids, Enumerable.Range(0, columns).Select(j => $"{prefix}{j}").ToList(),
            y.Select(v => Enumerable.Range(0, columns).Select(j => (j < 2 ? (1.0 + j) * v : 0) + random.NextDouble()).ToArray()).ToArray(), []);
        var sets = new Dictionary<string, ExtractedFeatures> { ["Rad_SAG"] = Set("original_a", 6), ["Rad_AXI"] = Set("original_b", 6), ["DL_SAG"] = Set("dl_", 40), ["DL_AXI"] = Set("dl_", 40) };
        return new SurgicalRiskFeatures([], sets, ids[..80], ids[80..], y[..80], y[80..]);
    }

    [Fact]
    public void Scores_every_set_and_the_fusion_of_their_selected_features_in_both_cohorts()
    {
        var features = Features();
        var fit = SurgicalRiskSignatures.Fit(features, new SurgicalRiskSignatureOptions(Folds: 5));

        Assert.Equal(["Rad_SAG", "Rad_AXI", "DL_SAG", "DL_AXI"], fit.Signatures.Select(s => s.Name));
        Assert.Equal(20, fit.Signatures.Single(s => s.Name == "DL_SAG").InputNames.Count); // min(32, 80 / 4) principal components
        Assert.Equal(6, fit.Signatures.Single(s => s.Name == "Rad_SAG").InputNames.Count);
        Assert.Equal(fit.Signatures.SelectMany(s => s.SelectedNames), fit.FusedNames);
        Assert.Equal(["Rad_SAG", "Rad_AXI", "DL_SAG", "DL_AXI", "DLR"], fit.Scores.Keys);
        foreach (var s in fit.Signatures)
        {
            Assert.Equal(s.Score(features.Sets[s.Name].RowsOf(features.TestIds)), fit.Scores[s.Name].Test);
            Assert.Equal(features.TrainingIds.Count, fit.Scores[s.Name].Training.Length);
        }
        Assert.Equal(fit.Fusion.Predict(fit.Fused(features.TestIds)), fit.Scores["DLR"].Test);
        Assert.True(fit.Fusion.Selected.Count > 0);

        var table = fit.ScoreTable();
        Assert.Equal(["PatientID", "Cohort", "Surgery", "Rad_SAG", "Rad_AXI", "DL_SAG", "DL_AXI", "DLR"], table.Columns.Select(c => c.Name));
        Assert.Equal(120, table.Rows.Count);
        Assert.Equal("P081", table["PatientID"][80]);
        Assert.Equal("test", table["Cohort"][80]);
        Assert.Equal(fit.Scores["DLR"].Test[0], (double)table["DLR"][80]);
    }

    [Fact]
    public void Reads_the_stored_table_without_the_images_and_asks_for_them_only_when_it_is_missing()
    {
        using var folder = new TempFolder();
        var data = new SyntheticDataPaths(folder.PathOf("data"), folder.PathOf("data/clinical.csv"), null, folder.PathOf("data/recurrence.csv"), null, null, null);
        var artifacts = AnalysisArtifacts.For(data, folder.PathOf("artifacts"));

        Assert.Throws<SyntheticDataException>(() => SurgicalRiskSignatures.Scores(artifacts, () => data, null, out _));
        Assert.False(File.Exists(artifacts.PathOf(SurgicalRiskSignatures.ScoresFile)));

        File.WriteAllText(artifacts.PathOf(SurgicalRiskSignatures.ScoresFile), "PatientID,Cohort,Surgery,DLR\nP001,training,1,0.9\nP002,test,0,0.1\n");
        var scores = SurgicalRiskSignatures.Scores(artifacts, () => throw new InvalidOperationException("the images are not needed"), null, out var recomputed);
        Assert.False(recomputed);
        Assert.Equal(0.1, FrameAccess.Number(scores["DLR"], 1));
    }
}
