using System.CommandLine;
using System.Globalization;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Tables;

namespace DlRadiomics.Cli.Commands.Statistics;

/// <summary><c>dlr stats logit</c>: logistic regression (and univariate screening, Table 3 layout) from a CSV file.</summary>
public sealed class StatsLogitCommand : Verb
{
    private readonly Option<string> _data = CliOption.Required("--data", "comma-separated table with a header row", "T.csv");
    private readonly Option<string> _outcome = CliOption.Required("--outcome", "two-class outcome column", "COL");
    private readonly Option<string[]> _predictors = CliOption.List("--predictors", "model terms; a:b adds the product term, a*b means a + b + a:b", "a,b,c");
    private readonly Option<string[]> _factors = CliOption.List("--factors", "numeric columns to dummy-code (text columns always are); the first level is the reference", "c");
    private readonly Option<string[]> _references = CliOption.List("--reference", "factor=level to choose another reference level (repeatable or comma-separated)", "c=level");
    private readonly Option<string?> _positive = CliOption.Text("--positive", "outcome level counted as the event (default 1, or the second level of a text outcome)", "LEVEL");
    private readonly Option<bool> _univariate = CliOption.Flag("--univariate", "fit each predictor alone, then a multivariable model of those with univariate p < --entry-p");
    private readonly Option<double> _entry = CliOption.Number("--entry-p", "univariate p below which a predictor enters the multivariable model", 0.05, "P");
    private readonly Option<bool> _firth = CliOption.Flag("--firth", "Firth's penalised likelihood (finite estimates under separation)");
    private readonly ChoiceOption<ConfidenceIntervalMethod> _ci = new("--ci", "wald or profile: profile-likelihood 95% intervals (logistf's default with --firth)",
        ConfidenceIntervalMethod.Wald, ("wald", ConfidenceIntervalMethod.Wald), ("profile", ConfidenceIntervalMethod.ProfileLikelihood));
    private readonly ChoiceOption<MissingValuePolicy> _missing = new("--missing", "listwise (rows with a missing value in the model are left out and counted) or error",
        MissingValuePolicy.ListwiseDeletion, ("listwise", MissingValuePolicy.ListwiseDeletion), ("error", MissingValuePolicy.Error));
    private readonly ChoiceOption<bool> _layout = new("--layout", "layout of the --out file (below)", false, ("long", false), ("table3", true));
    private readonly Option<string?> _out = CliOption.Text("--out", "write the results as CSV", "res.csv");
    private readonly Option<bool> _force = CliOption.Flag("--force", "overwrite an existing --out file");

    public StatsLogitCommand() : base("stats logit", "logistic regression: ORs with 95% CI, univariate screen + multivariable model (Table 3)") =>
        Add(_data, _outcome, _predictors, _factors, _references, _positive, _univariate, _entry, _firth, _ci, _missing, _layout, _out, _force);

    public override string Notes => """
        --out columns, --layout long:
          model,predictor,term,estimate,std_error,z,p_value,odds_ratio,or_ci_lower,or_ci_upper,n,warning
          (model = univariate | multivariable; estimate = log odds ratio; 95% CI per --ci; Wald z and p)
        --layout table3: variable,univariate_OR_95CI,univariate_p,multivariate_OR_95CI,multivariate_p
        """;

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        if (parse.GetValue(_predictors) is { Length: 0 }) yield return "missing required option --predictors";
        foreach (var r in parse.GetValue(_references) ?? [])
            if (r.IndexOf('=') is var eq && (eq <= 0 || eq == r.Length - 1)) yield return $"--reference expects factor=level, got '{r}'";
        if (parse.GetValue(_entry) is var entry && !(entry > 0 && entry <= 1)) yield return $"--entry-p must be in (0, 1], got {entry}";
        if (parse.GetValue(_layout) == "table3" && !parse.GetValue(_univariate)) yield return "--layout table3 needs --univariate";
        foreach (var problem in OutputFile.Problems(parse, _out, _force)) yield return problem;
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        string outcome = parse.GetValue(_outcome)!;
        var predictors = parse.GetValue(_predictors)!;
        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in parse.GetValue(_references)!) references[r[..r.IndexOf('=')]] = r[(r.IndexOf('=') + 1)..];
        var design = new DesignOptions(Factors: parse.GetValue(_factors)!, ReferenceLevels: references, Missing: _missing.ValueIn(parse), PositiveOutcome: parse.GetValue(_positive));
        var regression = new LogisticRegressionOptions(
            Penalty: parse.GetValue(_firth) ? LogisticPenalty.Firth : LogisticPenalty.None, ConfidenceInterval: _ci.ValueIn(parse));
        string? output = parse.GetValue(_out);

        var df = DataTableLoader.Load(parse.GetValue(_data)!);
        if (parse.GetValue(_univariate))
        {
            var table = LogisticScreening.Run(df, outcome, predictors, new LogisticScreeningOptions(design, regression, parse.GetValue(_entry))).Table;
            stdout.Write(table.ToText());
            OutputFile.Write(output, _layout.ValueIn(parse) ? table.ToCsv() : table.ToLongCsv(), stdout);
            return 0;
        }
        var model = LogisticRegression.Fit(df, outcome, predictors, design, regression);
        stdout.Write(TableText.Render(["term", "estimate", "SE", "z", "p", "OR (95% CI)"], model.Coefficients.Select(k => (IReadOnlyList<string>)
            [k.Term, F(k.Estimate, 4), F(k.StandardError, 4), F(k.Z, 3), TableText.PValue(k.PValue), RegressionTable.FormatOddsRatio(k)])));
        stdout.WriteLine($"n = {model.Observations}" + (model.RowsDropped > 0 ? $" ({model.RowsDropped} rows with missing values left out)" : "") +
                         $", log-likelihood {F(model.LogLikelihood, 3)}, AIC {F(model.Aic, 2)}, {(model.Options.Penalty == LogisticPenalty.Firth ? "Firth penalised, " : "")}{model.Iterations} iterations");
        var single = new RegressionTable([], model, predictors);
        OutputFile.Write(output, single.ToLongCsv(), stdout);
        return 0;
    }

    private static string F(double v, int decimals) => v.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
