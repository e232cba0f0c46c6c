using DlRadiomics.Statistics;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Cohort;

/// <summary>
/// The models Fan et al. 2024 compare by DeLong tests, calibration and decision curves (Figures 8–10), as logistic
/// models fitted on the training cohort and applied unchanged to the external test cohort: the clinical model (the
/// chosen clinical factors), each Rad-score alone (Rad_SAG, Rad_AXI, DL_SAG, DL_AXI, DLR) and the DLR nomogram (the
/// clinical factors and the DLR score, Figure 11).
/// </summary>
/// <remarks>
/// A Rad-score is a LASSO prediction of the 0/1 outcome, not a probability; the logistic model
/// logit P(surgery) = a + b·score, fitted on the training cohort, makes it one for calibration and decision curves and
/// leaves its AUC and DeLong tests unchanged (a monotone map when b &gt; 0). The clinical model and the nomogram are fitted
/// as <see cref="ClinicalSelection.FitModel"/> fits the clinical model (Firth's penalty when a factor has a sparse
/// level). Patients missing the outcome, a factor or any score are left out of every model, so all models are compared
/// on the same patients, as the paired DeLong test requires.
/// </remarks>
public static class SurgicalRiskModels
{
    /// <summary>Name of the clinical model.</summary>
    public const string ClinicModel = "Clinic";

    /// <summary>Name of the nomogram's model.</summary>
    public const string NomogramModel = "Nomogram";

    /// <param name="clinical">The clinical table (columns <c>PatientID</c>, <c>Cohort</c> = training/test, <c>Surgery</c> and the factors).</param>
    /// <param name="scores">The Rad-score table (<see cref="SurgicalRiskSignatures.ScoresFile"/>): <c>PatientID</c>, <c>Cohort</c>, <c>Surgery</c> and one column per score.</param>
    /// <param name="clinicalFactors">The clinical model's factors (<see cref="SurgicalRiskClinicalModel.Features"/>).</param>
    /// <param name="options">The nomogram's score and the sparse-level rule.</param>
    /// <exception cref="StatisticsInputException">The nomogram score is not a column of <paramref name="scores"/>, a score has the name of a clinical column, a patient is listed twice or has another outcome in the two tables.</exception>
    public static SurgicalRiskModelsResult Fit(DataFrame clinical, DataFrame scores, IReadOnlyList<string> clinicalFactors, SurgicalRiskModelsOptions? options = null)
    {
        options ??= new SurgicalRiskModelsOptions();
        const string outcome = SurgicalRiskClinicalModel.Outcome;
        var scoreNames = scores.Columns.Select(c => c.Name).Where(n => n is not ("PatientID" or "Cohort" or outcome)).ToList();
        if (!scoreNames.Contains(options.NomogramScore))
            throw new StatisticsInputException($"the score table has no column '{options.NomogramScore}' for the nomogram; its scores are: {string.Join(", ", scoreNames)}.");
        var joined = Join(clinical, scores, scoreNames);
        var complete = CompleteCases.Of(joined, [outcome, .. clinicalFactors, .. scoreNames]);
        var training = complete.Filter(complete["Cohort"].ElementwiseEquals("training"));
        var test = complete.Filter(complete["Cohort"].ElementwiseEquals("test"));

        var selection = SurgicalRiskClinicalModel.Options(options.MinimumLevelCount);
        var models = new Dictionary<string, LogisticRegressionModel>(StringComparer.Ordinal)
        {
            [ClinicModel] = ClinicalSelection.FitModel(training, outcome, clinicalFactors, selection),
        };
        foreach (var score in scoreNames)
            models[score] = LogisticRegression.Fit(training, outcome, [score], options: new LogisticRegressionOptions(OnProblem: FitProblemHandling.Warn));
        models[NomogramModel] = ClinicalSelection.FitModel(training, outcome, [.. clinicalFactors, options.NomogramScore], selection);

        CohortPredictions Predict(string cohort, DataFrame data) => new(cohort, data, CompleteCases.Outcome(data, outcome),
            models.Select(m => new ModelPrediction(m.Key, m.Value.PredictProbability(data))).ToList());
        return new SurgicalRiskModelsResult(clinicalFactors, models, Predict("training", training), Predict("test", test), (int)(clinical.Rows.Count - complete.Rows.Count));
    }

    /// <summary>The clinical table with one column per score, looked up by <c>PatientID</c> (missing where a patient has no score).</summary>
    private static DataFrame Join(DataFrame clinical, DataFrame scores, IReadOnlyList<string> scoreNames)
    {
        var ids = FrameAccess.Column(scores, "PatientID", "score table");
        var index = new Dictionary<string, long>(StringComparer.Ordinal);
        for (long r = 0; r < scores.Rows.Count; r++)
            if (FrameAccess.Level(ids, r) is { } id && !index.TryAdd(id, r))
                throw new StatisticsInputException($"score table: patient '{id}' is listed twice (rows {index[id] + 1} and {r + 1}).");
        var clinicalIds = FrameAccess.Column(clinical, "PatientID", "clinical table");
        var rows = Enumerable.Range(0, (int)clinical.Rows.Count)
            .Select(r => FrameAccess.Level(clinicalIds, r) is { } id && index.TryGetValue(id, out var s) ? s : -1).ToArray();
        var (outcome, scoreOutcome) = (FrameAccess.Column(clinical, SurgicalRiskClinicalModel.Outcome, "clinical table"), FrameAccess.Column(scores, SurgicalRiskClinicalModel.Outcome, "score table"));
        for (int r = 0; r < rows.Length; r++)
            if (rows[r] >= 0 && FrameAccess.Number(outcome, r) is { } y && FrameAccess.Number(scoreOutcome, rows[r]) is { } z && y != z)
                throw new StatisticsInputException($"patient '{FrameAccess.Level(clinicalIds, r)}' has {SurgicalRiskClinicalModel.Outcome} = {y} in the clinical table but {z} in the score table; the tables are of different data sets.");
        var joined = clinical.Clone();
        foreach (var name in scoreNames)
        {
            if (clinical.Columns.IndexOf(name) >= 0)
                throw new StatisticsInputException($"score '{name}' has the name of a clinical column; rename the score column.");
            var column = FrameAccess.Column(scores, name, "score table");
            joined.Columns.Add(new DoubleDataFrameColumn(name, rows.Select(s => s >= 0 ? FrameAccess.Number(column, s) : null)));
        }
        return joined;
    }
}
