using DlRadiomics.Deep;
using DlRadiomics.Learning;
using DlRadiomics.Learning.Evaluation;
using DlRadiomics.Learning.Pipelines;
using DlRadiomics.Radiomics.Batch;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Cohort;

/// <summary>
/// The six feature sets of Fan et al. 2024's model comparison (Methods, "Feature Selection and Fusion" and "Model
/// Construction"), on the patients every set describes, each with the steps that select its features, so a
/// <see cref="ModelComparison"/> refits the selection inside every training fold:
/// <list type="bullet">
/// <item><c>Clinic</c>: the chosen clinical factors (notebook 02; factors dummy-coded), z-scored.</item>
/// <item><c>Rad_SAG</c>, <c>Rad_AXI</c>: the radiomics features with ICC &gt; 0.75; z-scores → Mann–Whitney
/// p &lt; 0.05 → Spearman |ρ| &gt; 0.9 redundancy removal → LASSO with 10-fold CV.</item>
/// <item><c>DL_SAG</c>, <c>DL_AXI</c>: the deep features; 32 principal components → the same selection.</item>
/// <item><c>DLR</c>: the four imaging sets side by side; each block selected as above (<see cref="FusionStep"/>), the
/// selected z-scores joined and put through the LASSO again.</item>
/// </list>
/// Every set ends with z-scoring before the learner (scikit-learn's <c>StandardScaler</c>).
/// </summary>
/// <param name="Sets">The six sets in the paper's order, training and test rows of the same patients.</param>
/// <param name="TrainingIds">Patient of each training row.</param>
/// <param name="TestIds">Patient of each test row.</param>
/// <param name="TrainingOutcome">0/1 outcome of the training rows.</param>
/// <param name="TestOutcome">0/1 outcome of the test rows.</param>
/// <param name="Excluded">Patients left out, each with the reason (a missing clinical value, no features of a set).</param>
public sealed record StudyFeatureSets(
    IReadOnlyList<FeatureSet> Sets,
    IReadOnlyList<string> TrainingIds,
    IReadOnlyList<string> TestIds,
    int[] TrainingOutcome,
    int[] TestOutcome,
    IReadOnlyList<string> Excluded)
{
    public const string Clinic = "Clinic";
    public const string Dlr = "DLR";

    /// <summary>The imaging sets fused into DLR, in order.</summary>
    public static IReadOnlyList<string> ImagingSets { get; } = ["Rad_SAG", "Rad_AXI", "DL_SAG", "DL_AXI"];

    /// <summary>The six sets in the paper's order.</summary>
    public static IReadOnlyList<string> Names { get; } = [Clinic, .. ImagingSets, Dlr];

    /// <summary>The set named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such set.</exception>
    public FeatureSet this[string name] => Sets.FirstOrDefault(s => s.Name == name)
        ?? throw new KeyNotFoundException($"no feature set '{name}'; the sets are {string.Join(", ", Sets.Select(s => s.Name))}");

    /// <summary>
    /// Builds the sets from the clinical table (its <c>PatientID</c>, <c>Cohort</c> = training/test and outcome
    /// columns) and the four imaging feature tables (keys <see cref="ImagingSets"/>, already restricted to the
    /// features offered, e.g. ICC &gt; 0.75). Patients lacking a clinical value or any set's features are left out
    /// and listed.
    /// </summary>
    /// <exception cref="LearnerInputException">An imaging set is missing, or a cohort has no patient left.</exception>
    public static StudyFeatureSets Assemble(DataFrame clinical, IReadOnlyList<string> clinicalPredictors, IReadOnlyDictionary<string, ExtractedFeatures> imaging,
        StudyFeatureSetOptions? options = null)
    {
        options ??= new StudyFeatureSetOptions();
        foreach (var name in ImagingSets)
            if (!imaging.ContainsKey(name)) throw new LearnerInputException($"no feature table for '{name}'; give {string.Join(", ", ImagingSets)}");
        var design = DesignMatrix.Build(clinical, options.Outcome, clinicalPredictors, options.Design ?? SurgicalRiskClinicalModel.Design);
        var ids = clinical["PatientID"];
        var cohort = clinical["Cohort"];
        var excluded = new List<string>();
        var complete = new HashSet<int>(design.Rows);
        for (int r = 0; r < clinical.Rows.Count; r++)
            if (!complete.Contains(r)) excluded.Add($"{ids[r]}: a clinical value of {string.Join(", ", clinicalPredictors)} or {options.Outcome} is missing");

        var rows = new List<(string Id, bool Training, int Y, double[] Clinic)>();
        for (int i = 0; i < design.Rows.Length; i++)
        {
            int r = design.Rows[i];
            string id = ids[r]!.ToString()!;
            string? lacking = ImagingSets.FirstOrDefault(s => !imaging[s].Ids.Contains(id));
            if (lacking is not null) { excluded.Add($"{id}: no {lacking} features{(imaging[lacking].FailedIds.Contains(id) ? " (its extraction failed)" : "")}"); continue; }
            string? group = cohort[r]?.ToString();
            if (group is not ("training" or "test")) { excluded.Add($"{id}: Cohort is '{group}', neither training nor test"); continue; }
            rows.Add((id, group == "training", (int)design.Y[i], Enumerable.Range(0, design.ColumnNames.Count).Select(j => design.X[i, j]).ToArray()));
        }
        var training = rows.Where(r => r.Training).ToList();
        var test = rows.Where(r => !r.Training).ToList();
        if (training.Count == 0 || test.Count == 0)
            throw new LearnerInputException($"{training.Count} training and {test.Count} test patients have every feature set; the comparison needs both cohorts ({excluded.Count} left out, first: {excluded.FirstOrDefault()})");
        var (trainIds, testIds) = (training.Select(r => r.Id).ToArray(), test.Select(r => r.Id).ToArray());

        var sets = new List<FeatureSet>
        {
            new(Clinic, training.Select(r => r.Clinic).ToArray(), test.Select(r => r.Clinic).ToArray(), design.ColumnNames, [new StandardizeStep()]),
        };
        var blocks = new List<FusionBlock>();
        foreach (var name in ImagingSets)
        {
            var table = imaging[name];
            var selection = Selection(name.StartsWith("DL", StringComparison.Ordinal), options);
            sets.Add(new FeatureSet(name, table.RowsOf(trainIds), table.RowsOf(testIds), table.Names, [.. selection, new StandardizeStep()]));
            blocks.Add(new FusionBlock(name, table.Names.Count, selection));
        }
        sets.Add(new FeatureSet(Dlr,
            FeatureFusion(sets.Skip(1).Select(s => s.Train).ToList()), FeatureFusion(sets.Skip(1).Select(s => s.Test!).ToList()),
            sets.Skip(1).SelectMany(s => s.Columns!.Select(c => $"{s.Name}:{c}")).ToList(),
            [new FusionStep(blocks), new LassoStep(options.LassoFolds), new StandardizeStep()]));
        return new StudyFeatureSets(sets, trainIds, testIds, training.Select(r => r.Y).ToArray(), test.Select(r => r.Y).ToArray(), excluded);
    }

    /// <summary>
    /// The sets of a data set, reusing the earlier notebooks' intermediate results and computing what is missing:
    /// the chosen clinical factors (<see cref="SurgicalRiskClinicalModel.Features"/>, notebook 02) and the four imaging
    /// feature tables with the ICC filter (<see cref="SurgicalRiskSignatures.Features"/>, notebooks 03–04).
    /// </summary>
    /// <param name="data">The data set (with its image manifest).</param>
    /// <param name="artifacts">Its intermediate results.</param>
    /// <param name="options">Selection settings.</param>
    /// <param name="model">The network of the deep features; the one the repository has when null.</param>
    /// <param name="jobs">Extraction threads when features are missing; 0 = all cores.</param>
    public static StudyFeatureSets Load(SyntheticDataPaths data, AnalysisArtifacts artifacts, StudyFeatureSetOptions? options = null, DeepModel? model = null, int jobs = 0)
    {
        options ??= new StudyFeatureSetOptions();
        var clinical = DataTableLoader.Load(data.ClinicalTable);
        var predictors = SurgicalRiskClinicalModel.Features(clinical.Filter(clinical["Cohort"].ElementwiseEquals("training")), artifacts, options.MinimumLevelCount, out _);
        var imaging = SurgicalRiskSignatures.Features(data, artifacts, new SurgicalRiskSignatureOptions(Jobs: jobs, Model: model)).Sets;
        return Assemble(clinical, predictors, imaging, options);
    }

    /// <summary>
    /// One learner's predictions of every set, one row per patient (what notebook 06 reads as
    /// <c>model-predictions.csv</c>): <c>PatientID</c>, <c>Cohort</c> (training, test), the outcome, <c>Fold</c> (the
    /// training row's held-out fold, 0-based; empty for test rows), then one column per set: P(event) from the fold
    /// model that did not see the row (training) or from the model fitted on all training rows (test).
    /// </summary>
    /// <param name="result">A comparison of these sets, with the test cohort.</param>
    /// <param name="protocol">Whose predictions.</param>
    /// <param name="learner">The learner; the protocol's chosen one when null.</param>
    /// <exception cref="KeyNotFoundException">The comparison lacks the protocol, the learner or one of these sets.</exception>
    /// <exception cref="LearnerInputException">The comparison has other rows than these sets.</exception>
    public DataFrame Predictions(ModelComparisonResult result, ComparisonProtocol protocol = ComparisonProtocol.Safe, string? learner = null)
    {
        learner ??= result.Chosen.TryGetValue(protocol, out var chosen) ? chosen
            : throw new KeyNotFoundException($"the comparison has no {ModelComparisonResult.Protocol(protocol)} protocol");
        if (result.FoldIds.Length != TrainingIds.Count || !result.HasTest)
            throw new LearnerInputException($"the comparison has {result.FoldIds.Length} training rows{(result.HasTest ? "" : " and no test cohort")}; these sets have {TrainingIds.Count} training and {TestIds.Count} test patients");
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn("PatientID", [.. TrainingIds, .. TestIds]),
            new StringDataFrameColumn("Cohort", [.. TrainingIds.Select(_ => "training"), .. TestIds.Select(_ => "test")]),
            new Int32DataFrameColumn(SurgicalRiskClinicalModel.Outcome, [.. TrainingOutcome, .. TestOutcome]),
            new Int32DataFrameColumn("Fold", [.. result.FoldIds.Select(f => (int?)f), .. TestIds.Select(_ => (int?)null)]),
        };
        foreach (var set in Sets)
        {
            var e = result.Get(protocol, set.Name, learner);
            columns.Add(new DoubleDataFrameColumn(set.Name, [.. e.OutOfFoldScores, .. e.TestScores!]));
        }
        return new DataFrame(columns);
    }

    /// <summary>Mann–Whitney → Spearman → z-scores → LASSO, after principal components for deep features (as <c>RadiomicsSignature</c> fits a signature).</summary>
    private static IReadOnlyList<IPipelineStep> Selection(bool deep, StudyFeatureSetOptions o) =>
        [.. deep ? [new PcaStep(o.Components)] : Array.Empty<IPipelineStep>(), new MannWhitneyStep(o.Alpha), new RedundancyStep(o.Correlation), new StandardizeStep(), new LassoStep(o.LassoFolds)];

    private static double[][] FeatureFusion(IReadOnlyList<double[][]> blocks) => Statistics.Selection.FeatureFusion.Concatenate(blocks);

}
