using DlRadiomics.Cohort;
using DlRadiomics.Learning;
using DlRadiomics.Learning.Evaluation;
using DlRadiomics.Learning.Pipelines;
using DlRadiomics.Radiomics.Batch;
using DlRadiomics.Statistics.Validation;
using DlRadiomics.Tests.Learning.Evaluation;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Tests.Cohort;

public class StudyFeatureSetsTests
{
    private const int Count = 90;

    private static string Id(int i) => $"P{i:000}";

    /// <summary>
    /// 90 patients, the first 60 training; MSU (3 levels) and ODI, ODI missing for P005; four imaging tables of 4, 3, 6 and 5
    /// features whose column 0 follows the outcome; P007 has no DL_AXI row (a failed extraction).
    /// </summary>
    private static (DataFrame Clinical, Dictionary<string, ExtractedFeatures> Imaging) Study()
    {
        var random = new NumpyRandomState(17);
        var y = Enumerable.Range(0, Count).Select(i => i % 3 == 0 ? 1 : 0).ToArray();
        var clinical = new DataFrame(
            new StringDataFrameColumn("PatientID", Enumerable.Range(0, Count).Select(Id)),
            new StringDataFrameColumn("Cohort", Enumerable.Range(0, Count).Select(i => i < 60 ? "training" : "test")),
            new Int32DataFrameColumn("Surgery", y),
            new StringDataFrameColumn("MSU", Enumerable.Range(0, Count).Select(i => new[] { "1A", "2A", "3B" }[i % 3 == 0 ? i % 2 * 2 : i % 2])),
            new DoubleDataFrameColumn("ODI", Enumerable.Range(0, Count).Select(i => i == 5 ? (double?)null : 30 + 10 * y[i] + 5 * random.NextGaussian())));
        ExtractedFeatures Table(string set, int features, params int[] failed)
        {
            var ids = Enumerable.Range(0, Count).Where(i => !failed.Contains(i)).ToList();
            return new ExtractedFeatures(ids.Select(Id).ToList(), Enumerable.Range(0, features).Select(j => $"original_{set}_f{j}").ToList(),
                ids.Select(i => Enumerable.Range(0, features).Select(j => (j == 0 ? 2.0 * y[i] : 0) + random.NextGaussian()).ToArray()).ToArray(),
                failed.Select(Id).ToList());
        }
        return (clinical, new()
        {
            ["Rad_SAG"] = Table("sag", 4), ["Rad_AXI"] = Table("axi", 3), ["DL_SAG"] = Table("dlsag", 6), ["DL_AXI"] = Table("dlaxi", 5, 7),
        });
    }

    [Fact]
    public void TheSixSets_DescribeTheSamePatients_InThePapersOrder_WithTheirSelectionSteps()
    {
        var (clinical, imaging) = Study();
        var study = StudyFeatureSets.Assemble(clinical, ["MSU", "ODI"], imaging, new StudyFeatureSetOptions(Components: 3, LassoFolds: 3, Design: new()));

        Assert.Equal(StudyFeatureSets.Names, study.Sets.Select(s => s.Name));
        Assert.Equal(2, study.Excluded.Count);
        Assert.Contains(study.Excluded, e => e.StartsWith("P005: a clinical value", StringComparison.Ordinal));
        Assert.Contains("P007: no DL_AXI features (its extraction failed)", study.Excluded);
        Assert.Equal(Enumerable.Range(0, 60).Where(i => i is not (5 or 7)).Select(Id), study.TrainingIds);
        Assert.Equal(Enumerable.Range(60, 30).Select(Id), study.TestIds);
        Assert.Equal(study.TrainingIds.Select(id => int.Parse(id[1..]) % 3 == 0 ? 1 : 0), study.TrainingOutcome);

        var clinic = study["Clinic"];
        Assert.Equal(["MSU[2A]", "MSU[3B]", "ODI"], clinic.Columns);
        int p9 = study.TrainingIds.ToList().IndexOf("P009");   // an event with an odd number: MSU 3B
        Assert.Equal([0.0, 1.0, (double)clinical["ODI"][9]!], clinic.Train[p9]);
        foreach (var name in StudyFeatureSets.ImagingSets)
        {
            Assert.Equal(imaging[name].RowsOf(study.TrainingIds), study[name].Train);
            Assert.Equal(imaging[name].RowsOf(study.TestIds), study[name].Test);
        }
        var dlr = study["DLR"];
        Assert.Equal(4 + 3 + 6 + 5, dlr.Columns!.Count);
        Assert.Equal("Rad_SAG:original_sag_f0", dlr.Columns[0]);
        Assert.Equal(StudyFeatureSets.ImagingSets.SelectMany(s => study[s].Test![3]), dlr.Test![3]);

        Assert.Equal(["standardize"], clinic.Steps!.Select(s => s.Name));
        Assert.Equal(["mwu", "spearman", "standardize", "lasso", "standardize"], study["Rad_AXI"].Steps!.Select(s => s.Name));
        Assert.Equal(["pca", "mwu", "spearman", "standardize", "lasso", "standardize"], study["DL_SAG"].Steps!.Select(s => s.Name));
        var fusion = Assert.IsType<FusionStep>(dlr.Steps![0]);
        Assert.Equal([4, 3, 6, 5], fusion.Blocks.Select(b => b.Width));
        Assert.Equal(["fusion", "lasso", "standardize"], dlr.Steps.Select(s => s.Name));
    }

    [Fact]
    public void TheComparisonRunsOnEverySet_AndItsPredictionsTableHasOneRowPerPatient()
    {
        var (clinical, imaging) = Study();
        var study = StudyFeatureSets.Assemble(clinical, ["MSU", "ODI"], imaging, new StudyFeatureSetOptions(Components: 3, LassoFolds: 3));
        var result = ModelComparison.Run(study.Sets, study.TrainingOutcome, study.TestOutcome, new ModelComparisonOptions(ModelComparisonTests.TwoLearners, Folds: 3, Seed: 1));
        var table = study.Predictions(result);

        Assert.Equal(["PatientID", "Cohort", "Surgery", "Fold", .. StudyFeatureSets.Names], table.Columns.Select(c => c.Name));
        Assert.Equal(study.TrainingIds.Count + study.TestIds.Count, table.Rows.Count);
        string learner = result.Chosen[ComparisonProtocol.Safe];
        var dlr = result.Get(ComparisonProtocol.Safe, "DLR", learner);
        for (int r = 0; r < study.TrainingIds.Count; r++)
        {
            Assert.Equal(study.TrainingIds[r], table["PatientID"][r]);
            Assert.Equal(result.FoldIds[r], table["Fold"][r]);
            Assert.Equal(dlr.OutOfFoldScores[r], table["DLR"][r]);
        }
        int first = study.TrainingIds.Count;
        Assert.Equal("test", table["Cohort"][first]);
        Assert.Null(table["Fold"][first]);
        Assert.Equal(dlr.TestScores![0], table["DLR"][first]);
        Assert.Equal(study.TestOutcome[0], table["Surgery"][first]);
        Assert.True(dlr.Test!.Auc > 0.7, $"the outcome-driven columns predict the test cohort (AUC {dlr.Test.Auc})");
    }

    [Fact]
    public void AMissingImagingSet_OrACohortWithoutPatients_IsRefused()
    {
        var (clinical, imaging) = Study();
        imaging.Remove("DL_SAG");
        Assert.Contains("DL_SAG", Assert.Throws<LearnerInputException>(() => StudyFeatureSets.Assemble(clinical, ["ODI"], imaging)).Message);
        var (all, complete) = Study();
        var trainingOnly = all.Filter(all["Cohort"].ElementwiseEquals("training"));
        Assert.Contains("0 test patients", Assert.Throws<LearnerInputException>(() => StudyFeatureSets.Assemble(trainingOnly, ["ODI"], complete)).Message);
    }
}
