using DlRadiomics.Deep;
using DlRadiomics.Radiomics.Batch;
using DlRadiomics.Statistics.Selection;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Cohort;

/// <summary>
/// The Rad-scores of Fan et al. 2024 (Methods, "Feature Selection and Fusion"; Results, "Features Selection"): the
/// radiomics sets Rad_SAG and Rad_AXI (reproducible features only, ICC &gt; 0.75 within and between raters) and the
/// deep sets DL_SAG and DL_AXI (32 principal components first), each through <see cref="RadiomicsSignature"/>; the
/// selected features of the four, z-scored and joined, through the same LASSO again for the fused DLR signature.
/// Everything is fitted on the training cohort and applied unchanged to the external test cohort.
/// </summary>
public static class SurgicalRiskSignatures
{
    /// <summary>File name of the Rad-score table among the intermediate results.</summary>
    public const string ScoresFile = "rad-scores.csv";

    /// <summary>Name of the fused signature's score.</summary>
    public const string Fused = "DLR";

    /// <summary>
    /// The feature tables of the four sets for the patients of the image manifest, read from
    /// <paramref name="artifacts"/> or extracted now (and the ICC filter of the radiomics sets computed now) when missing.
    /// </summary>
    /// <exception cref="SyntheticDataException"><paramref name="data"/> has no image manifest (open it with images).</exception>
    public static SurgicalRiskFeatures Features(SyntheticDataPaths data, AnalysisArtifacts artifacts, SurgicalRiskSignatureOptions? options = null)
    {
        options ??= new SurgicalRiskSignatureOptions();
        var manifest = data.SurgicalRiskImages
            ?? throw new SyntheticDataException(data.Root, "the Rad-scores need the image manifest surgical-risk/images.csv; open the data with images (StudyData.Open(…, images: true))");
        var clinical = DataTableLoader.Load(data.ClinicalTable);
        string[] Ids(string cohort) => Enumerable.Range(0, (int)clinical.Rows.Count).Where(r => (string)clinical["Cohort"][r] == cohort)
            .Select(r => clinical["PatientID"][r].ToString()!).ToArray();
        int[] Outcome(string cohort) => CompleteCases.Outcome(clinical.Filter(clinical["Cohort"].ElementwiseEquals(cohort)), SurgicalRiskClinicalModel.Outcome);

        var radiomics = new[] { RadiomicsFeatureSet.RadSag, RadiomicsFeatureSet.RadAxi };
        var model = options.Model ?? DeepModel.Resolve(null, SyntheticData.RepositoryFolder() ?? Environment.CurrentDirectory);
        var sources = radiomics.Select(set => set.Ensure(manifest, artifacts, jobs: options.Jobs))
            .Concat(new[] { DeepFeatureSet.DlSag, DeepFeatureSet.DlAxi }.Select(set => set.Ensure(manifest, artifacts, model))).ToList();
        var sets = new Dictionary<string, ExtractedFeatures>(StringComparer.Ordinal);
        foreach (var set in radiomics)
        {
            var kept = File.ReadAllLines(artifacts.Ensure($"icc-kept-{set.Name}.txt",
                path => File.WriteAllLines(path, ObserverAgreement.Compute(manifest, set, jobs: options.Jobs).Kept), out _)).Where(l => l.Length > 0).ToList();
            sets[set.Name] = sources.Single(s => s.Name == set.Name).Read().Select(kept);
        }
        foreach (var source in sources.Skip(radiomics.Length)) sets[source.Name] = source.Read();
        return new SurgicalRiskFeatures(sources, sets, Ids("training"), Ids("test"), Outcome("training"), Outcome("test"));
    }

    /// <summary>Fits the four signatures and the DLR fusion on the training cohort and scores both cohorts.</summary>
    /// <exception cref="ModelInputException">A set has no feature passing the screen, or too few patients for the folds.</exception>
    public static SurgicalRiskSignaturesResult Fit(SurgicalRiskFeatures features, SurgicalRiskSignatureOptions? options = null)
    {
        options ??= new SurgicalRiskSignatureOptions();
        var deep = new[] { DeepFeatureSet.DlSag.Name, DeepFeatureSet.DlAxi.Name };
        // Deep features go through 32 principal components first, as in the paper (fewer when the cohort is small).
        var signatures = features.Sets.Select(kv => RadiomicsSignature.Fit(kv.Key, kv.Value.RowsOf(features.TrainingIds), features.TrainingOutcome, kv.Value.Names,
            new SignatureOptions(Folds: options.Folds, Components: deep.Contains(kv.Key) ? Math.Min(32, features.TrainingIds.Count / 4) : 0))).ToList();
        var fusedNames = signatures.SelectMany(s => s.SelectedNames).ToList();
        var fusion = LassoCv.Fit(Fuse(features, signatures, features.TrainingIds), features.TrainingOutcome.Select(v => (double)v).ToArray(), new LassoCvOptions(options.Folds), fusedNames);
        var scores = new Dictionary<string, (double[] Training, double[] Test)>(StringComparer.Ordinal);
        foreach (var s in signatures)
            scores[s.Name] = (s.Score(features.Sets[s.Name].RowsOf(features.TrainingIds)), s.Score(features.Sets[s.Name].RowsOf(features.TestIds)));
        scores[Fused] = (fusion.Predict(Fuse(features, signatures, features.TrainingIds)), fusion.Predict(Fuse(features, signatures, features.TestIds)));
        return new SurgicalRiskSignaturesResult(features, signatures, fusedNames, fusion, scores);
    }

    /// <summary>Each signature's selected features of the patients <paramref name="ids"/>, z-scored with the training means and SDs, side by side.</summary>
    internal static double[][] Fuse(SurgicalRiskFeatures features, IReadOnlyList<RadiomicsSignature> signatures, IReadOnlyList<string> ids) =>
        FeatureFusion.Concatenate(signatures.Select(s => s.SelectedZScores(features.Sets[s.Name].RowsOf(ids))).ToList());

    /// <summary>
    /// The Rad-score table of <see cref="ScoresFile"/> in <paramref name="artifacts"/> (notebook 04 writes it), computed
    /// now by <see cref="Features"/> and <see cref="Fit"/> and saved when missing; <paramref name="openWithImages"/> gives
    /// the data with its image manifest (called only then, since synthetic images are generated on first use).
    /// </summary>
    public static DataFrame Scores(AnalysisArtifacts artifacts, Func<SyntheticDataPaths> openWithImages, SurgicalRiskSignatureOptions? options, out bool recomputed) =>
        DataTableLoader.Load(artifacts.Ensure(ScoresFile,
            path => File.WriteAllText(path, Fit(Features(openWithImages(), artifacts, options), options).ScoreCsv()), out recomputed));
}
