using System.Globalization;
using Microsoft.Data.Analysis;
using DlRadiomics.Tables;

namespace DlRadiomics.Cohort;

/// <summary>One cell of a published baseline table beside the same cell computed from a cohort.</summary>
/// <param name="Variable">Row variable as the table names it.</param>
/// <param name="Level">Category level for a categorical row; null for a continuous one.</param>
/// <param name="Column">Table column (cohort × group).</param>
/// <param name="Statistic">"mean", "SD" or "%".</param>
/// <param name="Published">Value printed in the paper.</param>
/// <param name="Observed">Value computed from the cohort.</param>
/// <param name="Tolerance">Allowed difference: 5 % of the published mean/SD, or 2 percentage points.</param>
public sealed record PublishedCellComparison(string Variable, string? Level, string Column, string Statistic,
    double Published, double Observed, double Tolerance)
{
    public double Difference => Observed - Published;
    public bool WithinTolerance => Math.Abs(Difference) <= Tolerance;
}

/// <summary>
/// Compares a surgical-risk cohort table (coded as in the <c>clinical</c> schema) with a published Table 2, cell by
/// cell: means and SDs (sample SD, n−1) of continuous rows, percentages of categorical levels, per cohort × group.
/// Missing values are left out of each cell as the table does.
/// </summary>
public static class PublishedTableComparison
{
    public const double RelativeTolerance = 0.05;
    public const double PercentagePoints = 2.0;

    public static IReadOnlyList<PublishedCellComparison> Compare(DataFrame coded, PublishedBaselineTable published)
    {
        var cohort = Strings(coded, "Cohort");
        var surgery = Numbers(coded, "Surgery");
        var result = new List<PublishedCellComparison>();
        foreach (var row in published.Rows)
        {
            var value = Accessor(coded, row);
            foreach (var (column, target) in row.Cells)
            {
                var values = Enumerable.Range(0, cohort.Length)
                    .Where(i => cohort[i] == column.Cohort && InGroup(column.Group, surgery[i]))
                    .Select(value).OfType<double>().ToArray();
                if (values.Length == 0) continue;
                if (target.IsContinuous)
                {
                    double mean = values.Average();
                    double sd = values.Length > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1)) : double.NaN;
                    result.Add(new(row.Variable, row.Level, column.ToString(), "mean", target.Mean!.Value, mean, RelativeTolerance * Math.Abs(target.Mean.Value)));
                    result.Add(new(row.Variable, row.Level, column.ToString(), "SD", target.StandardDeviation!.Value, sd, RelativeTolerance * target.StandardDeviation.Value));
                }
                else if (target.Percent is { } percent)
                    result.Add(new(row.Variable, row.Level, column.ToString(), "%", percent, 100 * values.Average(), PercentagePoints));
            }
        }
        return result;
    }

    private static bool InGroup(string group, double? surgery) => group switch
    {
        BaselineColumn.All => true,
        "surgical" => surgery == 1,
        "nonsurgical" => surgery == 0,
        _ => throw new CsvTableException("published table", $"unknown group '{group}' (expected all, surgical or nonsurgical)"),
    };

    /// <summary>A patient's value for a published row: the number itself, or 1/0 for "is at this level".</summary>
    private static Func<int, double?> Accessor(DataFrame coded, PublishedBaselineRow row)
    {
        if (row.Level is null)
        {
            var variable = SurgicalRiskModel.Continuous.FirstOrDefault(v => v.Table2Name == row.Variable)
                ?? throw new CsvTableException("published table", $"continuous row '{row.Variable}' has no column in the clinical schema");
            var numbers = Numbers(coded, variable.Column);
            return i => numbers[i];
        }
        if (row.Variable == SurgicalRiskModel.MsuTable2Name)
        {
            var msu = Strings(coded, "MSU");
            return i => msu[i] is null ? null : msu[i] == row.Level ? 1 : 0;
        }
        var binary = SurgicalRiskModel.Binary.FirstOrDefault(v => v.Table2Name == row.Variable)
            ?? throw new CsvTableException("published table", $"categorical row '{row.Variable}' has no column in the clinical schema");
        var codes = Numbers(coded, binary.Column);
        double code = row.Level == binary.LevelCodedOne ? 1 : 0;
        return i => codes[i] is null ? null : codes[i] == code ? 1 : 0;
    }

    private static DataFrameColumn Column(DataFrame frame, string name) =>
        frame.Columns.IndexOf(name) >= 0 ? frame.Columns[name]
            : throw new CsvTableException("cohort table", $"column '{name}' is missing; the table must follow the clinical schema");

    private static double?[] Numbers(DataFrame frame, string name)
    {
        var column = Column(frame, name);
        return Enumerable.Range(0, (int)column.Length)
            .Select(i => column[i] is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : (double?)null).ToArray();
    }

    private static string?[] Strings(DataFrame frame, string name)
    {
        var column = Column(frame, name);
        return Enumerable.Range(0, (int)column.Length).Select(i => column[i]?.ToString()).ToArray();
    }
}
