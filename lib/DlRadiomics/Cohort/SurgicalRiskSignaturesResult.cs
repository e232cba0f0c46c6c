using System.Globalization;
using System.Text;
using DlRadiomics.Statistics.Selection;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Cohort;

/// <summary>The signatures of the four sets, their DLR fusion and every Rad-score of both cohorts (<see cref="SurgicalRiskSignatures.Fit"/>).</summary>
/// <param name="Features">The feature sets and cohorts the signatures were fitted on.</param>
/// <param name="Signatures">Rad_SAG, Rad_AXI, DL_SAG, DL_AXI, each fitted on the training cohort.</param>
/// <param name="FusedNames">The fusion's input: every signature's selected features, named <c>set:feature</c>.</param>
/// <param name="Fusion">The LASSO of the DLR signature on the fused, z-scored features.</param>
/// <param name="Scores">Rad-scores by set name (the four sets, then <c>DLR</c>): training and test cohort, in the order of the ids.</param>
public sealed record SurgicalRiskSignaturesResult(SurgicalRiskFeatures Features, IReadOnlyList<RadiomicsSignature> Signatures,
    IReadOnlyList<string> FusedNames, LassoCvModel Fusion, IReadOnlyDictionary<string, (double[] Training, double[] Test)> Scores)
{
    /// <summary>The fusion's input for the patients <paramref name="ids"/>: each signature's selected features, z-scored with the training means and SDs, side by side.</summary>
    public double[][] Fused(IReadOnlyList<string> ids) => SurgicalRiskSignatures.Fuse(Features, Signatures, ids);

    /// <summary>
    /// The Rad-score table (<see cref="SurgicalRiskSignatures.ScoresFile"/>): <c>PatientID</c>, <c>Cohort</c>
    /// (<c>training</c>/<c>test</c>), <c>Surgery</c>, then one column per set; training patients first.
    /// </summary>
    public DataFrame ScoreTable()
    {
        var (training, test) = (Features.TrainingIds, Features.TestIds);
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn("PatientID", [.. training, .. test]),
            new StringDataFrameColumn("Cohort", [.. training.Select(_ => "training"), .. test.Select(_ => "test")]),
            new Int32DataFrameColumn("Surgery", [.. Features.TrainingOutcome, .. Features.TestOutcome]),
        };
        columns.AddRange(Scores.Select(kv => new DoubleDataFrameColumn(kv.Key, [.. kv.Value.Training, .. kv.Value.Test])));
        return new DataFrame(columns);
    }

    /// <summary><see cref="ScoreTable"/> as CSV text (invariant culture).</summary>
    public string ScoreCsv()
    {
        using var stream = new MemoryStream();
        DataFrame.SaveCsv(ScoreTable(), stream, encoding: new UTF8Encoding(false), cultureInfo: CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes <see cref="ScoreCsv"/> to <see cref="SurgicalRiskSignatures.ScoresFile"/> among <paramref name="artifacts"/> (replacing it) and returns its path.</summary>
    public string Save(AnalysisArtifacts artifacts) => artifacts.Save(SurgicalRiskSignatures.ScoresFile, ScoreCsv());
}
