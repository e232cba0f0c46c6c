using System.Globalization;
using DlRadiomics.Tables;

namespace DlRadiomics.Statistics.Tables;

/// <summary>
/// Table 4 of Fan et al. 2024: accuracy, AUC (95% CI), sensitivity, specificity, PPV, NPV and threshold per model and
/// cohort; rows from several sources (ours, the paper's) sit together, grouped by model and cohort.
/// </summary>
public sealed record PerformanceTable(IReadOnlyList<PerformanceRow> Rows)
{
    private static readonly string[] Header = ["Model", "Task", "Source", "Accuracy", "AUC", "95% CI", "Sensitivity", "Specificity", "PPV", "NPV", "Threshold"];

    /// <summary>The rows grouped by model (first appearance), then train before test, then source (first appearance).</summary>
    public static PerformanceTable Of(IEnumerable<PerformanceRow> rows)
    {
        var list = rows.ToList();
        var models = list.Select(r => r.Model).Distinct().ToList();
        var sources = list.Select(r => r.Source).Distinct().ToList();
        return new PerformanceTable(list.OrderBy(r => models.IndexOf(r.Model)).ThenBy(r => r.Task == "train" ? 0 : 1).ThenBy(r => sources.IndexOf(r.Source)).ToList());
    }

    public string ToHtml() => TableText.Html(Header, Cells());

    public string ToCsv() => CsvText.Table(Header, Cells());

    public override string ToString() => TableText.Render(Header, Cells());

    private IEnumerable<IReadOnlyList<string>> Cells() => Rows.Select(r => (IReadOnlyList<string>)
    [
        r.Model, r.Task, r.Source, F(r.Accuracy), F(r.Auc), $"{F(r.Lower)}–{F(r.Upper)}", F(r.Sensitivity), F(r.Specificity), F(r.Ppv), F(r.Npv), F(r.Threshold),
    ]);

    private static string F(double v) => double.IsFinite(v) ? v.ToString("F3", CultureInfo.InvariantCulture) : "–";
}
