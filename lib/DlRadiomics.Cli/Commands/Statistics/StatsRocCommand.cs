using System.CommandLine;
using System.Text.Json;
using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Tables;
using DlRadiomics.Statistics;
using DlRadiomics.Tables;

namespace DlRadiomics.Cli.Commands.Statistics;

/// <summary>
/// <c>dlr stats roc</c>: discrimination of one or more scores against a 0/1 outcome — the columns of Table 4 plus the
/// paired DeLong tests of Figure 8 — as a terminal table and, with <c>--out</c>, a JSON file.
/// </summary>
public sealed class StatsRocCommand : Verb
{
    private readonly Option<string> _data = CliOption.Required("--data", "comma-separated table with a header row", "FILE");
    private readonly Option<string> _outcome = CliOption.Required("--outcome",
        "two-class outcome column: 0/1 (1 = event/case), or two text values (the second in sort order is the case, as pROC's default levels)", "COL");
    private readonly Option<string?> _positive = CliOption.Text("--positive", "the outcome value counted as the event/case", "VALUE");
    private readonly Option<string[]> _scores = CliOption.List("--score", "a score column; repeat or give a comma list (S1,S2) for several", "COL");
    private readonly ChoiceOption<RocDirection> _direction = new("--direction", "auto (pROC rule), higher (higher score = case) or lower",
        RocDirection.Auto, ("auto", RocDirection.Auto), ("higher", RocDirection.ControlsLower), ("lower", RocDirection.ControlsHigher),
        ("<", RocDirection.ControlsLower), (">", RocDirection.ControlsHigher));
    private readonly ChoiceOption<RocThresholdConvention> _thresholds = new("--thresholds", "midpoint (pROC) or observed (scikit-learn) threshold convention",
        RocThresholdConvention.Midpoint, ("midpoint", RocThresholdConvention.Midpoint), ("observed", RocThresholdConvention.ObservedScore));
    private readonly Option<double> _level = CliOption.Number("--level", "confidence level", 0.95);
    private readonly Option<int> _bootstrap = CliOption.Int("--bootstrap", "stratified bootstrap replicates for the AUC CI (0 = none)", 2000);
    private readonly Option<int> _seed = CliOption.Int("--seed", "bootstrap seed", 1);
    private readonly Option<bool> _dropMissing = CliOption.Flag("--drop-missing", "drop rows with a missing outcome or score (count reported) instead of stopping");
    private readonly Option<string?> _out = CliOption.Text("--out", "also write the results as JSON (fields below)", "FILE.json");
    private readonly Option<bool> _force = CliOption.Flag("--force", "overwrite an existing --out file");

    public StatsRocCommand() : base("stats roc", "AUC with DeLong/bootstrap CI, Youden point and metrics, paired DeLong tests") =>
        Add(_data, _outcome, _positive, _scores, _direction, _thresholds, _level, _bootstrap, _seed, _dropMissing, _out, _force);

    public override string Notes => """
        JSON fields: data, outcome, event (the outcome value counted as a case), patients, cases, controls, droppedRows, level, thresholdConvention,
          bootstrapReplicates, seed,
          scores[]: name, direction ("higher"|"lower": which scores indicate a case), auc,
            delong {lower, upper, se}, bootstrap {lower, median, upper, sd} (null when --bootstrap 0),
            youden {threshold, sensitivity, specificity, index, tiedThresholds[]},
            atYouden {threshold, accuracy, sensitivity, specificity, ppv, npv, f1, tp, fp, tn, fn},
          comparisons[]: first, second, aucFirst, aucSecond, difference (first − second), se, z, p, ciLower, ciUpper,
            directionsDiffer.
          Undefined values (0/0, e.g. PPV when nobody is called positive) and infinite thresholds are null.
        """;

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        if (parse.GetValue(_scores) is { Length: 0 }) yield return "give at least one --score column";
        if (parse.GetValue(_bootstrap) is var replicates and < 0) yield return $"--bootstrap must be 0 or more, got {replicates}";
        foreach (var problem in OutputFile.Problems(parse, _out, _force)) yield return problem;
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        string dataPath = parse.GetValue(_data)!, outcomeColumn = parse.GetValue(_outcome)!;
        var scoreColumns = parse.GetValue(_scores)!;
        double level = parse.GetValue(_level);
        string? outPath = parse.GetValue(_out);

        var table = CsvTable.Read(dataPath).EnsureRectangular();
        var coded = OutcomeArgument.Read(table, outcomeColumn, parse.GetValue(_positive), stderr);
        var outcome = coded.Values;
        var scores = scoreColumns.Select(table.Numbers).ToArray();
        var missing = table.MissingRows([outcomeColumn, .. scoreColumns]);
        if (missing.Count > 0 && !parse.GetValue(_dropMissing))
            throw new StatisticsInputException($"{dataPath}: {missing.Count} row(s) have a missing outcome or score (first: line {table.LineOf(missing[0])}); clean them or pass --drop-missing");
        if (missing.Count > 0)
        {
            var keep = Enumerable.Range(0, table.RowCount).Except(missing).ToArray();
            outcome = keep.Select(i => outcome[i]).ToArray();
            scores = scores.Select(s => keep.Select(i => s[i]).ToArray()).ToArray();
            stderr.WriteLine($"dropped {missing.Count} row(s) with a missing outcome or score");
        }

        var options = new DiscriminationOptions(_direction.ValueIn(parse), _thresholds.ValueIn(parse), level, parse.GetValue(_bootstrap), parse.GetValue(_seed));
        var summaries = scoreColumns.Select((name, i) => Discrimination.Summarize(name, scores[i], outcome, options)).ToArray();
        var comparisons = Discrimination.CompareAll(summaries, level);
        int cases = outcome.Count(o => o == 1);

        stdout.WriteLine($"{dataPath}: outcome '{outcomeColumn}', {outcome.Length} patients ({cases} cases, {outcome.Length - cases} controls)"
            + (missing.Count > 0 ? $", {missing.Count} dropped for missing values" : ""));
        stdout.WriteLine();
        WriteSummaryTable(stdout, summaries, level);
        if (comparisons.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine("Paired DeLong tests (two-sided)");
            string[] header = ["comparison", "AUC 1", "AUC 2", "difference", $"{Percent(level)} CI", "Z", "p"];
            var rows = new List<string[]>();
            foreach (var c in comparisons)
                rows.Add([$"{c.First} vs {c.Second}" + (c.Test.DirectionsDiffer ? " (!)" : ""), TableText.Fixed(c.Test.Auc1, 4), TableText.Fixed(c.Test.Auc2, 4),
                    TableText.Fixed(c.Test.Difference, 4), $"{TableText.Fixed(c.Test.DifferenceLower, 4)} to {TableText.Fixed(c.Test.DifferenceUpper, 4)}",
                    TableText.Fixed(c.Test.Z, 3), TableText.PValue(c.Test.PValue)]);
            stdout.Write(TableText.Render(header, rows));
            if (comparisons.Any(c => c.Test.DirectionsDiffer))
                stdout.WriteLine("(!) the two scores point in different directions; the DeLong test compares AUCs each taken in its own direction");
        }

        if (outPath is not null)
        {
            stdout.WriteLine();
            OutputFile.Write(outPath, stream => WriteJson(stream, dataPath, outcomeColumn, coded.EventValue, outcome.Length, cases, missing.Count, options, summaries, comparisons), stdout);
        }
        return 0;
    }

    private static void WriteSummaryTable(TextWriter stdout, IReadOnlyList<DiscriminationSummary> summaries, double level)
    {
        string[] header = ["score", "dir", "AUC", $"DeLong {Percent(level)} CI", $"bootstrap {Percent(level)} CI", "threshold", "accuracy", "sensitivity", "specificity", "PPV", "NPV", "F1"];
            var rows = new List<string[]>();
        foreach (var s in summaries)
        {
            var m = s.AtYouden;
            rows.Add([s.Name, DirectionWord(s.Curve.Direction), TableText.Fixed(s.Curve.Auc, 4),
                $"{TableText.Fixed(s.DeLong.Lower, 4)}–{TableText.Fixed(s.DeLong.Upper, 4)}",
                s.Bootstrap is { } b ? $"{TableText.Fixed(b.Lower, 4)}–{TableText.Fixed(b.Upper, 4)}" : "-",
                TableText.Fixed(s.Youden.Threshold, 4), TableText.Fixed(m.Accuracy), TableText.Fixed(m.Sensitivity), TableText.Fixed(m.Specificity),
                TableText.Fixed(m.PositivePredictiveValue), TableText.Fixed(m.NegativePredictiveValue), TableText.Fixed(m.F1)]);
        }
        stdout.Write(TableText.Render(header, rows));
    }

    private static string Percent(double level) => (level * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static string DirectionWord(RocDirection d) => d == RocDirection.ControlsLower ? "higher" : "lower";

    private static void WriteJson(Stream stream, string dataPath, string outcomeColumn, string eventValue, int patients, int cases, int dropped,
        DiscriminationOptions options, IReadOnlyList<DiscriminationSummary> summaries, IReadOnlyList<NamedDeLongTest> comparisons)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("data", dataPath);
        w.WriteString("outcome", outcomeColumn);
        w.WriteString("event", eventValue);
        w.WriteNumber("patients", patients);
        w.WriteNumber("cases", cases);
        w.WriteNumber("controls", patients - cases);
        w.WriteNumber("droppedRows", dropped);
        w.WriteNumber("level", options.Level);
        w.WriteString("thresholdConvention", options.Convention == RocThresholdConvention.Midpoint ? "midpoint" : "observed");
        w.WriteNumber("bootstrapReplicates", options.BootstrapReplicates);
        w.WriteNumber("seed", options.Seed);
        w.WriteStartArray("scores");
        foreach (var s in summaries)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteString("direction", DirectionWord(s.Curve.Direction));
            w.WriteFiniteNumber("auc", s.Curve.Auc);
            w.WriteStartObject("delong");
            w.WriteFiniteNumber("lower", s.DeLong.Lower); w.WriteFiniteNumber("upper", s.DeLong.Upper); w.WriteFiniteNumber("se", s.DeLong.StandardError);
            w.WriteEndObject();
            if (s.Bootstrap is { } b)
            {
                w.WriteStartObject("bootstrap");
                w.WriteFiniteNumber("lower", b.Lower); w.WriteFiniteNumber("median", b.Center); w.WriteFiniteNumber("upper", b.Upper); w.WriteFiniteNumber("sd", b.StandardError);
                w.WriteEndObject();
            }
            else w.WriteNull("bootstrap");
            w.WriteStartObject("youden");
            w.WriteFiniteNumber("threshold", s.Youden.Threshold); w.WriteFiniteNumber("sensitivity", s.Youden.Sensitivity);
            w.WriteFiniteNumber("specificity", s.Youden.Specificity); w.WriteFiniteNumber("index", s.Youden.YoudenIndex);
            w.WriteStartArray("tiedThresholds");
            foreach (var t in s.Youden.TiedThresholds) { if (double.IsFinite(t)) w.WriteNumberValue(t); else w.WriteNullValue(); }
            w.WriteEndArray();
            w.WriteEndObject();
            var m = s.AtYouden;
            w.WriteStartObject("atYouden");
            w.WriteFiniteNumber("threshold", m.Threshold); w.WriteFiniteNumber("accuracy", m.Accuracy); w.WriteFiniteNumber("sensitivity", m.Sensitivity);
            w.WriteFiniteNumber("specificity", m.Specificity); w.WriteFiniteNumber("ppv", m.PositivePredictiveValue); w.WriteFiniteNumber("npv", m.NegativePredictiveValue);
            w.WriteFiniteNumber("f1", m.F1);
            w.WriteNumber("tp", m.TruePositives); w.WriteNumber("fp", m.FalsePositives); w.WriteNumber("tn", m.TrueNegatives); w.WriteNumber("fn", m.FalseNegatives);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("comparisons");
        foreach (var c in comparisons)
        {
            w.WriteStartObject();
            w.WriteString("first", c.First);
            w.WriteString("second", c.Second);
            w.WriteFiniteNumber("aucFirst", c.Test.Auc1); w.WriteFiniteNumber("aucSecond", c.Test.Auc2); w.WriteFiniteNumber("difference", c.Test.Difference);
            w.WriteFiniteNumber("se", c.Test.StandardError); w.WriteFiniteNumber("z", c.Test.Z); w.WriteFiniteNumber("p", c.Test.PValue);
            w.WriteFiniteNumber("ciLower", c.Test.DifferenceLower); w.WriteFiniteNumber("ciUpper", c.Test.DifferenceUpper);
            w.WriteBoolean("directionsDiffer", c.Test.DirectionsDiffer);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
