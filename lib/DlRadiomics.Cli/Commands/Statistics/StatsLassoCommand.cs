using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DlRadiomics.Statistics.Preprocessing;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Selection;
using DlRadiomics.Statistics.Validation;
using DlRadiomics.Tables;

namespace DlRadiomics.Cli.Commands.Statistics;

/// <summary>
/// <c>dlr stats lasso</c>: LASSO feature selection with k-fold cross-validation — the linear lasso on the 0/1 label
/// (scikit-learn <c>LassoCV</c>, what the studies report as "λ") or the L1-penalised logistic regression (glmnet).
/// </summary>
public sealed partial class StatsLassoCommand : Verb
{
    private readonly Option<string> _data = CliOption.Required("--data", "comma-separated table with a header row", "FILE");
    private readonly Option<string> _outcome = CliOption.Required("--outcome",
        "two-class outcome column: 0/1 (1 = event), or two text values (the second in sort order is the event, as in R)", "COL");
    private readonly Option<string?> _positive = CliOption.Text("--positive", "the outcome value counted as the event", "VALUE");
    private readonly Option<string[]> _features = CliOption.List("--features", "feature columns (default: every other column)", "A,B,...");
    private readonly ChoiceOption<bool> _kind = new("--kind", "linear (scikit-learn LassoCV on the 0/1 label) or logistic (glmnet binomial)", false,
        ("linear", false), ("logistic", true));
    private readonly Option<int> _folds = CliOption.Int("--folds", "number of folds", 10, "K");
    private readonly Option<int?> _seed = CliOption.OptionalInt("--seed",
        "linear: shuffle rows into folds as KFold(shuffle=True, random_state=N) (default: no shuffle, consecutive folds); logistic: seed of the fold assignment (default 1)");
    private readonly Option<bool> _zscore = CliOption.Flag("--zscore", "z-score the features first (population SD); coefficients are then per SD");
    private readonly ChoiceOption<CvMeasure> _measure = new("--measure", "logistic CV loss: deviance, auc or class", CvMeasure.Deviance,
        ("deviance", CvMeasure.Deviance), ("auc", CvMeasure.Auc), ("class", CvMeasure.MisclassificationError));
    private readonly ChoiceOption<LambdaChoice> _choice = new("--choice", "logistic λ: min or 1se", LambdaChoice.Minimum,
        ("min", LambdaChoice.Minimum), ("1se", LambdaChoice.OneStandardError));
    private readonly Option<bool> _dropMissing = CliOption.Flag("--drop-missing", "drop rows with a missing outcome or feature (count reported) instead of stopping");
    private readonly Option<string?> _out = CliOption.Text("--out", "also write the results as JSON (fields below)", "FILE.json");
    private readonly Option<bool> _force = CliOption.Flag("--force", "overwrite an existing --out file");

    public StatsLassoCommand() : base("stats lasso", "LASSO feature selection with k-fold CV (LassoCV-style linear or glmnet-style logistic)") =>
        Add(_data, _outcome, _positive, _features, _kind, _folds, _seed, _zscore, _measure, _choice, _dropMissing, _out, _force);

    public override string Notes => """
        JSON fields: data, outcome, event (the outcome value counted as the event), kind ("linear"|"logistic"), patients, events, droppedRows, folds, seed (null when
          unshuffled), zscore, measure ("mse"|"deviance"|"auc"|"class"), features[] (candidates),
          penalty[] (α grid for linear, λ path for logistic; decreasing), cvMean[], cvStandardError[], nonZero[],
          chosen {rule ("min"|"1se"), index, penalty, cvMean, cvStandardError}, lambdaMin, lambda1se (logistic; null
          for linear), intercept, selected[] {name, coefficient} (non-zero coefficients at the chosen penalty),
          unconvergedFits.
        """;

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        if (parse.GetValue(_seed) is < 0 and var seed) yield return $"--seed expects a non-negative integer, got '{seed}'";
        if (parse.GetValue(_folds) is var folds and < 2) yield return $"--folds must be at least 2, got {folds}";
        if (!_kind.ValueIn(parse) && (parse.IsGiven(_measure) || parse.IsGiven(_choice)))
            yield return "--measure and --choice apply to --kind logistic only";
        if (parse.GetValue(_outcome) is { } outcome && parse.GetValue(_features)!.Contains(outcome))
            yield return $"the outcome '{outcome}' is also listed as a feature";
        foreach (var problem in OutputFile.Problems(parse, _out, _force)) yield return problem;
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        string dataPath = parse.GetValue(_data)!, outcomeColumn = parse.GetValue(_outcome)!;
        var featureArg = parse.GetValue(_features)!;
        bool logistic = _kind.ValueIn(parse), zscore = parse.GetValue(_zscore), dropMissing = parse.GetValue(_dropMissing);
        int folds = parse.GetValue(_folds);
        int? seed = parse.GetValue(_seed);
        var measure = _measure.ValueIn(parse);
        var choice = _choice.ValueIn(parse);
        string? outPath = parse.GetValue(_out);

        var table = CsvTable.Read(dataPath).EnsureRectangular();
        var features = featureArg.Length > 0 ? featureArg : table.ColumnNames.Where(c => c != outcomeColumn).ToArray();
        var coded = OutcomeArgument.Read(table, outcomeColumn, parse.GetValue(_positive), stderr);
        var outcome = coded.Values;
        var columns = features.Select(table.Numbers).ToArray();
        var missing = table.MissingRows([outcomeColumn, .. features]);
        if (missing.Count > 0 && !dropMissing)
            throw new ModelInputException($"{dataPath}: {missing.Count} row(s) have a missing outcome or feature (first: line {table.LineOf(missing[0])}); clean them or pass --drop-missing");
        var keep = Enumerable.Range(0, table.RowCount).Except(missing).ToArray();
        if (missing.Count > 0) stderr.WriteLine($"dropped {missing.Count} row(s) with a missing outcome or feature");
        var y = keep.Select(i => outcome[i]).ToArray();
        var x = keep.Select(i => columns.Select(c => c[i]).ToArray()).ToArray();
        if (x.Length < folds) throw new ModelInputException($"{x.Length} patients cannot be split into {folds} folds");
        if (zscore) x = ZScore.Fit(x).Transform(x);

        var report = logistic ? Logistic(x, y, features, folds, seed ?? 1, measure, choice) : Linear(x, y, features, folds, seed);
        report = report with
        {
            Data = dataPath, Outcome = outcomeColumn, Event = coded.EventValue, Patients = x.Length, Events = y.Sum(), DroppedRows = missing.Count,
            Folds = folds, Seed = logistic ? seed ?? 1 : seed, Zscore = zscore, Features = features,
        };
        Print(report, stdout);
        if (outPath is not null)
            OutputFile.Write(outPath, JsonSerializer.Serialize(report, LassoReportJson.Default.LassoReport), stdout);
        return 0;
    }

    private static LassoReport Linear(double[][] x, int[] y, string[] features, int folds, int? seed)
    {
        int[]? foldIds = null;
        if (seed is int s)
        {
            // scikit-learn KFold(shuffle=True): shuffle the row indices, then cut consecutive folds.
            var order = Enumerable.Range(0, x.Length).ToArray();
            new NumpyRandomState(s).Shuffle(order);
            var position = KFold.FoldIds(x.Length, folds);
            foldIds = new int[x.Length];
            for (int k = 0; k < order.Length; k++) foldIds[order[k]] = position[k];
        }
        var m = LassoCv.Fit(x, y.Select(v => (double)v).ToArray(), new LassoCvOptions(Folds: folds, FoldIds: foldIds), features);
        return new LassoReport("linear", "mse", m.Alphas, m.MseMean, m.MseStandardError,
            m.PathCoefficients.Select(c => c.Count(v => v != 0)).ToArray(),
            new ChosenPenalty("min", m.AlphaIndex, m.Alpha, m.MseMean[m.AlphaIndex], m.MseStandardError[m.AlphaIndex]),
            null, null, m.Intercept, m.Selected.Select(f => new SelectedCoefficient(f.Name, f.Value)).ToArray(), m.UnconvergedFits);
    }

    private static LassoReport Logistic(double[][] x, int[] y, string[] features, int folds, int seed, CvMeasure measure, LambdaChoice choice)
    {
        var cv = LogisticLasso.CrossValidate(x, y, LogisticLasso.RandomFoldIds(x.Length, folds, seed), new LogisticLassoOptions(Measure: measure), features);
        int i = cv.IndexOf(choice);
        return new LassoReport("logistic", measure switch { CvMeasure.Auc => "auc", CvMeasure.MisclassificationError => "class", _ => "deviance" },
            cv.Path.Lambda, cv.CvMean, cv.CvStandardError, cv.Path.NonZero,
            new ChosenPenalty(choice == LambdaChoice.Minimum ? "min" : "1se", i, cv.Path.Lambda[i], cv.CvMean[i], cv.CvStandardError[i]),
            cv.LambdaMin, cv.Lambda1Se, cv.Path.Intercepts[i],
            cv.Selected(choice).Select(f => new SelectedCoefficient(f.Name, f.Value)).ToArray(), cv.Path.Unconverged);
    }

    private static void Print(LassoReport r, TextWriter w)
    {
        var ci = CultureInfo.InvariantCulture;
        string penalty = r.Kind == "linear" ? "alpha" : "lambda";
        w.WriteLine($"{r.Data}: outcome '{r.Outcome}', {r.Patients} patients ({r.Events} events), {r.Features.Length} candidate features, {r.Kind} lasso, {r.Folds}-fold CV");
        w.WriteLine(string.Create(ci, $"chosen {penalty} ({r.Chosen.Rule}) = {r.Chosen.Penalty:G6}   CV {r.Measure} = {r.Chosen.CvMean:G6} ± {r.Chosen.CvStandardError:G4} (SE)"));
        if (r.LambdaMin is double lmin && r.Lambda1Se is double l1se)
            w.WriteLine(string.Create(ci, $"lambda.min = {lmin:G6}, lambda.1se = {l1se:G6}"));
        w.WriteLine(string.Create(ci, $"{r.Selected.Length} selected feature(s); intercept {r.Intercept:G6}"));
        int width = Math.Max(7, r.Selected.Select(f => f.Name.Length).DefaultIfEmpty(0).Max());
        foreach (var f in r.Selected) w.WriteLine(string.Create(ci, $"  {f.Name.PadRight(width)}  {f.Coefficient,14:G6}"));
        if (r.UnconvergedFits > 0) w.WriteLine($"(!) {r.UnconvergedFits} fit(s) stopped at the iteration limit before meeting the tolerance");
    }

    private sealed record ChosenPenalty(string Rule, int Index, double Penalty, double CvMean, double CvStandardError);

    private sealed record SelectedCoefficient(string Name, double Coefficient);

    private sealed record LassoReport(
        string Kind, string Measure, double[] Penalty, double[] CvMean, double[] CvStandardError, int[] NonZero,
        ChosenPenalty Chosen, double? LambdaMin, double? Lambda1Se, double Intercept, SelectedCoefficient[] Selected, int UnconvergedFits)
    {
        public string Data { get; init; } = "";
        public string Outcome { get; init; } = "";
        public string Event { get; init; } = "1";
        public int Patients { get; init; }
        public int Events { get; init; }
        public int DroppedRows { get; init; }
        public int Folds { get; init; }
        public int? Seed { get; init; }
        public bool Zscore { get; init; }
        public string[] Features { get; init; } = [];
    }

    /// <summary>The <c>--out</c> JSON, serialised by code generated at compile time (no reflection in a native build).</summary>
    [JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(LassoReport))]
    private sealed partial class LassoReportJson : JsonSerializerContext;
}
