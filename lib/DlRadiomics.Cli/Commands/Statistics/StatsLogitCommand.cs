using System.Globalization;
using DlRadiomics.Statistics;

namespace DlRadiomics.Cli.Commands.Statistics;

/// <summary><c>dlr stats logit</c>: logistic regression (and univariate screening, Table 3 layout) from a CSV file.</summary>
public sealed class StatsLogitCommand : ICommand
{
    public string Name => "stats logit";
    public string Summary => "logistic regression: ORs with 95% CI, univariate screen + multivariable model (Table 3)";
    public string Usage => """
        usage: dlr stats logit --data T.csv --outcome COL --predictors a,b,c [--factors c] [--reference c=level]
                               [--positive LEVEL] [--univariate [--entry-p 0.05]] [--firth] [--ci wald|profile]
                               [--missing listwise|error]
                               [--layout long|table3] [--out res.csv [--force]]

          --predictors   model terms; a:b adds the product term, a*b means a + b + a:b
          --factors      numeric columns to dummy-code (text columns always are); the first level is the reference
          --reference    factor=level to choose another reference level (repeatable or comma-separated)
          --positive     outcome level counted as the event (default 1, or the second level of a text outcome)
          --univariate   fit each predictor alone, then a multivariable model of those with univariate p < --entry-p
          --firth        Firth's penalised likelihood (finite estimates under separation)
          --ci           wald (default) or profile: profile-likelihood 95% intervals (logistf's default with --firth)
          --missing      listwise (default; rows with a missing value in the model are left out and counted) or error
          --out          CSV, --layout long (default) columns:
                           model,predictor,term,estimate,std_error,z,p_value,odds_ratio,or_ci_lower,or_ci_upper,n,warning
                         (model = univariate | multivariable; estimate = log odds ratio; 95% CI per --ci; Wald z and p)
                         --layout table3: variable,univariate_OR_95CI,univariate_p,multivariate_OR_95CI,multivariate_p
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        string data = args.Required("data"), outcome = args.Required("outcome");
        var predictors = args.List("predictors");
        if (predictors.Count == 0) throw new UsageException("missing required option --predictors");
        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in args.List("reference"))
        {
            int eq = r.IndexOf('=');
            if (eq <= 0 || eq == r.Length - 1) throw new UsageException($"--reference expects factor=level, got '{r}'");
            references[r[..eq]] = r[(eq + 1)..];
        }
        var design = new DesignOptions(
            Factors: args.List("factors").ToArray(),
            ReferenceLevels: references,
            Missing: OutputFile.Choice(args, "missing", MissingValuePolicy.ListwiseDeletion,
                ("listwise", MissingValuePolicy.ListwiseDeletion), ("error", MissingValuePolicy.Error)),
            PositiveOutcome: args.Optional("positive"));
        var regression = new LogisticRegressionOptions(
            Penalty: args.Flag("firth") ? LogisticPenalty.Firth : LogisticPenalty.None,
            ConfidenceInterval: OutputFile.Choice(args, "ci", ConfidenceIntervalMethod.Wald,
                ("wald", ConfidenceIntervalMethod.Wald), ("profile", ConfidenceIntervalMethod.ProfileLikelihood)));
        bool univariate = args.Flag("univariate");
        double entry = args.Double("entry-p", 0.05);
        bool table3 = OutputFile.Choice(args, "layout", false, ("long", false), ("table3", true));
        string? output = args.Optional("out");
        bool force = args.Flag("force");
        args.EnsureAllUsed();
        if (!(entry > 0 && entry <= 1)) throw new UsageException($"--entry-p must be in (0, 1], got {entry}");
        if (table3 && !univariate) throw new UsageException("--layout table3 needs --univariate");
        OutputFile.EnsureReplaceable(output, force);

        var df = DataTableLoader.Load(data);
        if (univariate)
        {
            var table = LogisticScreening.Run(df, outcome, predictors, new LogisticScreeningOptions(design, regression, entry));
            stdout.Write(table.ToText());
            OutputFile.Write(output, force, table3 ? table.ToCsv() : table.ToLongCsv(), stdout);
            return 0;
        }
        var model = LogisticRegression.Fit(df, outcome, predictors, design, regression);
        stdout.Write(TableText.Render(["term", "estimate", "SE", "z", "p", "OR (95% CI)"], model.Coefficients.Select(k => (IReadOnlyList<string>)
            [k.Term, F(k.Estimate, 4), F(k.StandardError, 4), F(k.Z, 3), TableText.PValue(k.PValue), RegressionTable.FormatOddsRatio(k)])));
        stdout.WriteLine($"n = {model.Observations}" + (model.RowsDropped > 0 ? $" ({model.RowsDropped} rows with missing values left out)" : "") +
                         $", log-likelihood {F(model.LogLikelihood, 3)}, AIC {F(model.Aic, 2)}, {(model.Options.Penalty == LogisticPenalty.Firth ? "Firth penalised, " : "")}{model.Iterations} iterations");
        var single = new RegressionTable([], model, predictors);
        OutputFile.Write(output, force, single.ToLongCsv(), stdout);
        return 0;
    }

    private static string F(double v, int decimals) => v.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
