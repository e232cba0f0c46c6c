using DlRadiomics.Cohort;
using DlRadiomics.Statistics;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Tests.Cohort;

public class SurgicalRiskModelsTests
{
    private static readonly string[] Factors = ["ODI", "MSU", "SLRT"];

    private static DataFrame Clinical() => SurgicalRiskCohortGenerator.Generate(SurgicalRiskCohortOptions.Scaled(300, seed: 5)).ToDataFrame();

    /// <summary>A score table of the clinical table's patients: Rad_A and DLR rise with the outcome; <paramref name="withoutScore"/> patients get no DLR.</summary>
    private static DataFrame Scores(DataFrame clinical, int withoutScore = 0, Func<int, int, int>? outcomeOf = null)
    {
        var random = new Random(3);
        int n = (int)clinical.Rows.Count;
        var y = Enumerable.Range(0, n).Select(r => Convert.ToInt32(clinical["Surgery"][r])).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("PatientID", Enumerable.Range(0, n).Select(r => (string)clinical["PatientID"][r])),
            new StringDataFrameColumn("Cohort", Enumerable.Range(0, n).Select(r => (string)clinical["Cohort"][r])),
            new Int32DataFrameColumn("Surgery", Enumerable.Range(0, n).Select(r => outcomeOf?.Invoke(r, y[r]) ?? y[r])),
            new DoubleDataFrameColumn("Rad_A", y.Select(v => (double?)(0.4 * v + random.NextDouble()))),
            new DoubleDataFrameColumn("DLR", y.Select((v, r) => r < withoutScore ? null : (double?)(0.8 * v + random.NextDouble()))));
    }

    [Fact]
    public void Fits_the_clinical_model_each_score_and_the_nomogram_on_the_training_cohort_and_predicts_both_cohorts()
    {
        var clinical = Clinical();
        var result = SurgicalRiskModels.Fit(clinical, Scores(clinical, withoutScore: 4), Factors);

        Assert.Equal(["Clinic", "Rad_A", "DLR", "Nomogram"], result.Models.Keys);
        Assert.Equal(4, result.RowsDropped);
        Assert.Equal(clinical.Rows.Count - 4, result.Training.Data.Rows.Count + result.Test.Data.Rows.Count);
        Assert.All(Enumerable.Range(0, (int)result.Test.Data.Rows.Count), r => Assert.Equal("test", result.Test.Data["Cohort"][r]));
        foreach (var cohort in new[] { result.Training, result.Test })
        {
            Assert.Equal(result.Models.Keys, cohort.Models.Select(m => m.Name));
            Assert.All(cohort.Models, m => Assert.Equal(cohort.Outcome.Count, m.Probability.Count));
            Assert.All(cohort.Models, m => Assert.All(m.Probability, p => Assert.InRange(p, 0, 1)));
        }

        // The nomogram is the clinical model's fit with the score added, on the complete training cases.
        Assert.Equal(["(Intercept)", .. result.Models["Clinic"].Coefficients.Skip(1).Select(c => c.Term), "DLR"], result.Nomogram.Coefficients.Select(c => c.Term));
        var sparse = SparseFactorCheck.SparsePredictors(SparseFactorCheck.Levels(result.Training.Data, "Surgery", Factors)).Count > 0;
        Assert.Equal(sparse ? LogisticPenalty.Firth : LogisticPenalty.None, result.Nomogram.Options.Penalty);
        var direct = LogisticRegression.Fit(result.Training.Data, "Surgery", [.. Factors, "DLR"], SurgicalRiskClinicalModel.Design, result.Nomogram.Options);
        Assert.Equal(direct.Coefficients.Select(c => c.Estimate), result.Nomogram.Coefficients.Select(c => c.Estimate));

        // A score's model is logistic in the score: probabilities rise with it, and the test cohort uses the training fit.
        var score = result.Test.Data["DLR"].Cast<double?>().Select(v => v!.Value).ToArray();
        var p = result.Test.Models.Single(m => m.Name == "DLR").Probability;
        var order = Enumerable.Range(0, score.Length).OrderBy(i => score[i]).ToArray();
        for (int k = 1; k < order.Length; k++) Assert.True(p[order[k]] >= p[order[k - 1]]);
        Assert.True(result.Models["DLR"]["DLR"].Estimate > 0);
        Assert.Equal(result.Models["DLR"].PredictProbability(result.Test.Data), p);
    }

    [Fact]
    public void Refuses_tables_of_different_data_sets_and_a_missing_nomogram_score()
    {
        var clinical = Clinical();
        var flipped = Scores(clinical, outcomeOf: (r, y) => r == 7 ? 1 - y : y);
        Assert.Contains($"'{clinical["PatientID"][7]}' has Surgery", Assert.Throws<StatisticsInputException>(() => SurgicalRiskModels.Fit(clinical, flipped, Factors)).Message);
        Assert.Contains("no column 'Rad_B' for the nomogram; its scores are: Rad_A, DLR",
            Assert.Throws<StatisticsInputException>(() => SurgicalRiskModels.Fit(clinical, Scores(clinical), Factors, new SurgicalRiskModelsOptions("Rad_B"))).Message);
        var twice = Scores(clinical);
        twice.Append(twice.Rows[0], inPlace: true);
        Assert.Contains("listed twice", Assert.Throws<StatisticsInputException>(() => SurgicalRiskModels.Fit(clinical, twice, Factors)).Message);
    }
}
