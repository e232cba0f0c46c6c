using DlRadiomics.Cohort;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Tests.Cohort;

public class SurgicalRiskClinicalModelTests
{
    private static DataFrame Training()
    {
        var clinical = SurgicalRiskCohortGenerator.Generate(SurgicalRiskCohortOptions.Scaled(300, seed: 5)).ToDataFrame();
        return clinical.Filter(clinical["Cohort"].ElementwiseEquals("training"));
    }

    [Fact]
    public void Chooses_five_factors_saves_them_and_reads_them_back_instead_of_selecting_again()
    {
        using var folder = new TempFolder();
        var data = new SyntheticDataPaths(folder.PathOf("data"), folder.PathOf("data/clinical.csv"), null, folder.PathOf("data/recurrence.csv"), null, null, null);
        var artifacts = AnalysisArtifacts.For(data, folder.PathOf("artifacts"));
        var training = Training();

        var chosen = SurgicalRiskClinicalModel.Features(training, artifacts, 5, out var recomputed);
        Assert.True(recomputed);
        Assert.Equal(SurgicalRiskClinicalModel.Select(training).Chosen, chosen);
        Assert.Equal(5, chosen.Count);
        Assert.All(chosen, c => Assert.Contains(c, SurgicalRiskClinicalModel.Candidates));

        File.WriteAllText(artifacts.PathOf(SurgicalRiskClinicalModel.FeaturesFile), "ODI\nSLRT\n");
        Assert.Equal(["ODI", "SLRT"], SurgicalRiskClinicalModel.Features(training, artifacts, 5, out recomputed));
        Assert.False(recomputed);
    }
}
