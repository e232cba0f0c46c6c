using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Tables;

namespace DlRadiomics.Cohort;

/// <summary>
/// Table 3 of Fan et al. 2024 (univariate and multivariate logistic regression of surgery in the training cohort), as
/// printed, each row tied to our column; where the paper's own tables disagree (LLA, SLRT and Reflex against Table 2)
/// or it does not say how a variable was coded (MSU), the row's note says so.
/// </summary>
public static class PublishedRegressionTable
{
    public const string Source = "Fan et al. 2024";

    public static IReadOnlyList<PublishedRegressionRow> Fan2024Table3 { get; } = Load();

    /// <summary>
    /// Each row of the paper's Table 3 beside our row for the same column of <paramref name="ours"/>; a factor with
    /// several terms is shown by its term with the largest univariate odds ratio, named in the note.
    /// </summary>
    public static IReadOnlyList<RegressionComparisonRow> Beside(RegressionTable ours) => Fan2024Table3.Select(paper =>
    {
        var terms = ours.Rows.Where(r => r.Predictor == paper.Column).ToList();
        var row = terms.MaxBy(r => r.Univariate.OddsRatio);
        var note = terms.Count > 1 ? $"factor with {terms.Count} terms; ours shows {row!.Term}. {paper.Note}".Trim() : paper.Note;
        string Or(LogisticCoefficient? k) => k is null ? "" : RegressionTable.FormatOddsRatio(k);
        string P(LogisticCoefficient? k) => k is null ? "" : TableText.PValue(k.PValue);
        return new RegressionComparisonRow(paper.Variable, paper.UnivariateOddsRatio, row is null ? "not in our table" : Or(row.Univariate), paper.UnivariateP, P(row?.Univariate),
            paper.MultivariateOddsRatio, Or(row?.Multivariable), paper.MultivariateP, P(row?.Multivariable), note);
    }).ToList();

    private static IReadOnlyList<PublishedRegressionRow> Load()
    {
        var table = PublishedTables.Read("fan2024_table3.csv");
        var columns = PublishedTables.Read("fan2024_table3_columns.csv");
        var map = Enumerable.Range(0, columns.RowCount).ToDictionary(r => columns.Text("variable")[r], r => (Column: columns.Text("column")[r], Note: columns.Text("reason")[r]), StringComparer.Ordinal);
        return Enumerable.Range(0, table.RowCount).Select(r =>
        {
            var variable = table.Text("variable")[r];
            var (column, note) = map.TryGetValue(variable, out var m) ? m : throw new InvalidOperationException($"fan2024_table3_columns.csv has no row for '{variable}'");
            return new PublishedRegressionRow(variable, column, table.Text("univariate_OR_95CI")[r], table.Text("univariate_p")[r],
                table.Text("multivariate_OR_95CI")[r], table.Text("multivariate_p")[r], note);
        }).ToList();
    }
}
