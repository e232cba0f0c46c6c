using DlRadiomics.Statistics.Tables;

namespace DlRadiomics.Cohort;

/// <summary>Table 4 of Fan et al. 2024 (SVM models of each feature set and the nomogram, training and test cohorts), as printed.</summary>
public static class PublishedPerformance
{
    public const string Source = "Fan et al. 2024";

    public static IReadOnlyList<PerformanceRow> Fan2024Table4 { get; } = Load();

    /// <summary>The paper's rows of <paramref name="model"/> (<c>Clinic</c>, <c>Rad_SAG</c>, <c>Rad_AXI</c>, <c>DL_SAG</c>, <c>DL_AXI</c>, <c>DLR</c>, <c>Nomogram</c>).</summary>
    public static IReadOnlyList<PerformanceRow> Of(string model) => Fan2024Table4.Where(r => r.Model == model).ToList();

    private static IReadOnlyList<PerformanceRow> Load()
    {
        var t = PublishedTables.Read("fan2024_table4.csv");
        double[] N(string column) => t.Text(column).Select(PublishedTables.Number).ToArray();
        var (models, tasks, ci) = (t.Text("Model"), t.Text("Task"), t.Text("95% CI"));
        var (accuracy, auc, sensitivity, specificity, ppv, npv, threshold) = (N("Accuracy"), N("AUC"), N("Sensitivity"), N("Specificity"), N("PPV"), N("NPV"), N("Threshold"));
        return Enumerable.Range(0, t.RowCount).Select(r =>
        {
            var bounds = ci[r].Split('–');
            return new PerformanceRow(models[r], tasks[r], Source, auc[r], PublishedTables.Number(bounds[0]), PublishedTables.Number(bounds[1]),
                accuracy[r], sensitivity[r], specificity[r], ppv[r], npv[r], threshold[r]);
        }).ToList();
    }
}
