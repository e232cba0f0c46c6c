using System.Globalization;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Tables;

namespace DlRadiomics.Statistics.Tables;

/// <summary>Univariate and multivariable logistic regression in the studies' Table 3 layout.</summary>
/// <param name="Rows">One row per term (intercepts left out), predictors in the order given.</param>
/// <param name="MultivariableModel">The multivariable fit, or null when no predictor entered or it was not requested.</param>
/// <param name="MultivariablePredictors">Predictors in the multivariable model.</param>
public sealed record RegressionTable(IReadOnlyList<RegressionTableRow> Rows, LogisticRegressionModel? MultivariableModel, IReadOnlyList<string> MultivariablePredictors)
{
    /// <summary>Columns of <see cref="ToLongCsv"/>.</summary>
    public static IReadOnlyList<string> LongColumns { get; } =
        ["model", "predictor", "term", "estimate", "std_error", "z", "p_value", "odds_ratio", "or_ci_lower", "or_ci_upper", "n", "warning"];

    /// <summary>Table 3 layout: <c>variable,univariate_OR_95CI,univariate_p,multivariate_OR_95CI,multivariate_p</c>, OR as "1.057(1.038–1.077)".</summary>
    public string ToCsv() => CsvText.Table(["variable", "univariate_OR_95CI", "univariate_p", "multivariate_OR_95CI", "multivariate_p"], LayoutRows());

    /// <summary>One line per model and term with full-precision numbers (columns <see cref="LongColumns"/>).</summary>
    public string ToLongCsv()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var r in Rows) rows.Add(Long("univariate", r.Predictor, r.Univariate, r.UnivariateObservations, r.UnivariateWarning));
        if (MultivariableModel is { } m)
        {
            string? warning = m.Warnings.Count > 0 ? string.Join(" ", m.Warnings.Select(w => w.Message)) : null;
            var predictorOf = m.Encoding.Predictors.SelectMany(p => p.ColumnNames.Select(c => (Column: c, p.Term))).ToDictionary(x => x.Column, x => x.Term);
            foreach (var k in m.Coefficients)
                rows.Add(Long("multivariable", predictorOf.GetValueOrDefault(k.Term, ""), k, m.Observations, warning));
        }
        return CsvText.Table(LongColumns, rows);
    }

    public override string ToString() => ToText();

    /// <summary>HTML of the Table 3 layout for notebooks and reports.</summary>
    public string ToHtml() =>
        TableText.Html(["variable", "univariate OR (95% CI)", "p", "multivariable OR (95% CI)", "p"], LayoutRows());

    /// <summary>Aligned text of the Table 3 layout, with the multivariable model's size and any warnings.</summary>
    public string ToText()
    {
        var text = TableText.Render(["variable", "univariate OR (95% CI)", "p", "multivariable OR (95% CI)", "p"], LayoutRows());
        var lines = new List<string>();
        if (MultivariableModel is { } m)
            lines.Add($"Multivariable model: {string.Join(", ", MultivariablePredictors)}; n = {m.Observations}" +
                      (m.RowsDropped > 0 ? $" ({m.RowsDropped} rows with missing values left out)" : "") +
                      $", log-likelihood {m.LogLikelihood.ToString("F3", CultureInfo.InvariantCulture)}, AIC {m.Aic.ToString("F2", CultureInfo.InvariantCulture)}.");
        lines.AddRange(Rows.Where(r => r.UnivariateWarning is not null).Select(r => $"{r.Term} (univariate): {r.UnivariateWarning}"));
        return text + (lines.Count > 0 ? "\n" + string.Join('\n', lines) + "\n" : "");
    }

    /// <summary>"OR(lower–upper)" with three decimals.</summary>
    public static string FormatOddsRatio(LogisticCoefficient k) =>
        $"{k.OddsRatio.ToString("F3", CultureInfo.InvariantCulture)}({k.OddsRatioLower.ToString("F3", CultureInfo.InvariantCulture)}–{k.OddsRatioUpper.ToString("F3", CultureInfo.InvariantCulture)})";

    private IEnumerable<IReadOnlyList<string>> LayoutRows() => Rows.Select(r => (IReadOnlyList<string>)
    [
        r.Term,
        FormatOddsRatio(r.Univariate) + (r.UnivariateWarning is null ? "" : " [separation or no convergence]"),
        TableText.PValue(r.Univariate.PValue),
        r.Multivariable is null ? "" : FormatOddsRatio(r.Multivariable),
        r.Multivariable is null ? "" : TableText.PValue(r.Multivariable.PValue),
    ]);

    private static IReadOnlyList<string> Long(string model, string predictor, LogisticCoefficient k, int n, string? warning) =>
    [
        model, predictor, k.Term, R(k.Estimate), R(k.StandardError), R(k.Z), R(k.PValue), R(k.OddsRatio), R(k.OddsRatioLower), R(k.OddsRatioUpper),
        n.ToString(CultureInfo.InvariantCulture), warning ?? "",
    ];

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
