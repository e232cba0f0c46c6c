using System.CommandLine;
using System.Text.Json;
using DlRadiomics.Statistics.Agreement;
using DlRadiomics.Statistics.Tables;
using DlRadiomics.Statistics;
using DlRadiomics.Tables;

namespace DlRadiomics.Cli.Commands.Statistics;

/// <summary>
/// <c>dlr stats icc</c>: intraclass correlations from long-format ratings. With one <c>--value</c> column it prints
/// all six Shrout–Fleiss forms; with several (one per radiomics feature) it applies the ICC &gt; threshold filter.
/// </summary>
public sealed class StatsIccCommand : Verb
{
    private readonly Option<string> _data = CliOption.Required("--data", "long-format table: one row per subject and rater (or reading)", "FILE");
    private readonly Option<string> _subject = CliOption.Required("--subject", "subject (patient/lesion) identifier column", "COL");
    private readonly Option<string> _rater = CliOption.Required("--rater", "rater or reading identifier column", "COL");
    private readonly Option<string[]> _values = CliOption.List("--value", "rating column; several columns (repeated or comma list) = one ICC per feature", "COL");
    private readonly ChoiceOption<IccForm> _form = new("--form",
        "ICC form used by the feature filter: icc1, icc2 (ICC(2,1)), icc3, icc1k, icc2k, icc3k", IccForm.Icc2,
        ("icc1", IccForm.Icc1), ("icc2", IccForm.Icc2), ("icc3", IccForm.Icc3), ("icc1k", IccForm.Icc1k), ("icc2k", IccForm.Icc2k), ("icc3k", IccForm.Icc3k));
    private readonly Option<double> _threshold = CliOption.Number("--threshold", "keep features with ICC > X", 0.75);
    private readonly Option<double> _level = CliOption.Number("--level", "confidence level", 0.95);
    private readonly Option<bool> _dropIncomplete = CliOption.Flag("--drop-incomplete", "drop subjects lacking a rating (count reported) instead of stopping");
    private readonly Option<string?> _out = CliOption.Text("--out", "also write the results as JSON (fields below)", "FILE.json");
    private readonly Option<bool> _force = CliOption.Flag("--force", "overwrite an existing --out file");

    public StatsIccCommand() : base("stats icc", "intraclass correlation (ICC(2,1), ICC(2,k), ICC(3,1), …) and the ICC > 0.75 feature filter") =>
        Add(_data, _subject, _rater, _values, _form, _threshold, _level, _dropIncomplete, _out, _force);

    public override string Notes => """
        JSON fields: data, subject, rater, level, form, threshold,
          features[]: name, subjects, raters, droppedSubjects[], kept, problem (null unless the ICC is undefined),
            estimates[]: form (ICC1 ICC2 ICC3 ICC1k ICC2k ICC3k as psych::ICC), icc, f, df1, df2, p, lower, upper.
        """;

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        if (parse.GetValue(_values) is { Length: 0 }) yield return "give at least one --value column";
        foreach (var problem in OutputFile.Problems(parse, _out, _force)) yield return problem;
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        string dataPath = parse.GetValue(_data)!, subjectColumn = parse.GetValue(_subject)!, raterColumn = parse.GetValue(_rater)!;
        var valueColumns = parse.GetValue(_values)!;
        var form = _form.ValueIn(parse);
        double threshold = parse.GetValue(_threshold), level = parse.GetValue(_level);
        bool dropIncomplete = parse.GetValue(_dropIncomplete);
        string? outPath = parse.GetValue(_out);

        var table = CsvTable.Read(dataPath).EnsureRectangular();
        var subjects = table.Text(subjectColumn);
        var raters = table.Text(raterColumn);
        var options = new IccOptions(level, dropIncomplete ? IccMissingRatings.DropSubject : IccMissingRatings.Error);
        IccFilterResult filter;
        try { filter = IccFeatureFilter.Apply(subjects, raters, valueColumns, valueColumns.Select(c => (IReadOnlyList<double>)table.Numbers(c)).ToArray(), form, threshold, options); }
        catch (StatisticsInputException e) { throw new StatisticsInputException($"{dataPath}: {e.Message}"); }
        if (filter.Features is [{ Problem: { } only }]) throw new StatisticsInputException($"{dataPath}, column '{valueColumns[0]}': {only}");

        stdout.WriteLine($"{dataPath}: subjects '{subjectColumn}', raters '{raterColumn}'");
        foreach (var f in filter.Features)
            if (f.Result is { DroppedSubjects.Count: > 0 } r)
                stderr.WriteLine($"{f.Name}: dropped {r.DroppedSubjects.Count} subject(s) with a missing rating: {string.Join(", ", r.DroppedSubjects.Take(10))}");
        if (filter.Features is [{ Result: { } single } feature])
        {
            stdout.WriteLine($"'{feature.Name}': {single.Subjects} subjects × {single.Raters} raters");
            stdout.WriteLine();
            string[] header = ["form", "ICC", $"{level * 100:0.##}% CI", "F", "df1", "df2", "p"];
            var rows = new List<string[]>();
            foreach (var e in single.Estimates)
                rows.Add([FormLabel(e.Form), Fixed(e.Value, 4), $"{Fixed(e.Lower, 4)} to {Fixed(e.Upper, 4)}",
                    Fixed(e.F, 3), Fixed(e.Df1, 0), Fixed(e.Df2, 0), TableText.PValue(e.PValue)]);
            stdout.Write(TableText.Render(header, rows));
        }
        else
        {
            stdout.WriteLine($"{FormLabel(form)} per feature, kept when ICC > {threshold}");
            stdout.WriteLine();
            string[] header = ["feature", "ICC", $"{level * 100:0.##}% CI", "p", "kept"];
            var rows = new List<string[]>();
            foreach (var f in filter.Features)
                rows.Add(f.Estimate is { } e
                    ? [f.Name, Fixed(e.Value, 4), $"{Fixed(e.Lower, 4)} to {Fixed(e.Upper, 4)}", TableText.PValue(e.PValue), f.Kept ? "yes" : "no"]
                    : [f.Name, "n/a", "-", "-", "no (" + f.Problem + ")"]);
            stdout.Write(TableText.Render(header, rows));
            stdout.WriteLine();
            stdout.WriteLine($"{filter.Kept.Count} of {filter.Features.Count} features kept");
        }

        OutputFile.Write(outPath, stream => WriteJson(stream, dataPath, subjectColumn, raterColumn, level, filter), stdout);
        return 0;
    }

    /// <summary>Fixed decimals; "n/a" for a value that is undefined (NaN) or infinite.</summary>
    private static string Fixed(double value, int decimals) => double.IsFinite(value) ? TableText.Number(value, decimals) : "n/a";

    private static string FormLabel(IccForm form) => form switch
    {
        IccForm.Icc1 => "ICC(1,1) one-way",
        IccForm.Icc2 => "ICC(2,1) two-way random, absolute agreement",
        IccForm.Icc3 => "ICC(3,1) two-way mixed, consistency",
        IccForm.Icc1k => "ICC(1,k) one-way, average",
        IccForm.Icc2k => "ICC(2,k) two-way random, absolute, average",
        _ => "ICC(3,k) two-way mixed, consistency, average",
    };

    private static void WriteJson(Stream stream, string dataPath, string subject, string rater, double level, IccFilterResult filter)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("data", dataPath);
        w.WriteString("subject", subject);
        w.WriteString("rater", rater);
        w.WriteNumber("level", level);
        w.WriteString("form", PsychName(filter.Form));
        w.WriteNumber("threshold", filter.Threshold);
        w.WriteStartArray("features");
        foreach (var (name, result, _, kept, problem) in filter.Features)
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            if (result is null)
            {
                w.WriteNull("subjects"); w.WriteNull("raters");
                w.WriteStartArray("droppedSubjects"); w.WriteEndArray();
                w.WriteBoolean("kept", false);
                w.WriteString("problem", problem);
                w.WriteStartArray("estimates"); w.WriteEndArray();
            }
            else
            {
                w.WriteNumber("subjects", result.Subjects);
                w.WriteNumber("raters", result.Raters);
                w.WriteStartArray("droppedSubjects");
                foreach (var d in result.DroppedSubjects) w.WriteStringValue(d);
                w.WriteEndArray();
                w.WriteBoolean("kept", kept);
                w.WriteNull("problem");
                w.WriteStartArray("estimates");
                foreach (var e in result.Estimates)
                {
                    w.WriteStartObject();
                    w.WriteString("form", PsychName(e.Form));
                    w.WriteFiniteNumber("icc", e.Value); w.WriteFiniteNumber("f", e.F); w.WriteFiniteNumber("df1", e.Df1); w.WriteFiniteNumber("df2", e.Df2);
                    w.WriteFiniteNumber("p", e.PValue); w.WriteFiniteNumber("lower", e.Lower); w.WriteFiniteNumber("upper", e.Upper);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string PsychName(IccForm form) => form.ToString().ToUpperInvariant().Replace("K", "k");
}
