using System.CommandLine;
using DlRadiomics.Statistics.HypothesisTests;
using DlRadiomics.Statistics.Tables;

namespace DlRadiomics.Cli.Commands.Statistics;

/// <summary><c>dlr stats baseline</c>: the baseline characteristics table (Table 2 layout) of a CSV file.</summary>
public sealed class StatsBaselineCommand : Verb
{
    private readonly Option<string> _data = CliOption.Required("--data", "comma-separated table with a header row", "T.csv");
    private readonly Option<string> _group = CliOption.Required("--group", "column whose levels are the compared groups (e.g. surgical / non-surgical)", "COL");
    private readonly Option<string?> _split = CliOption.Text("--split", "optional column splitting the table into blocks (e.g. training / test), a p-value per block", "COL");
    private readonly Option<string[]> _variables = CliOption.List("--variables", "rows in this order (default: every other column)", "a,b,…");
    private readonly Option<string[]> _categorical = CliOption.List("--categorical", "numeric columns to show as n(%) (text columns and 0/1 columns always are)", "a,b,…");
    private readonly Option<string[]> _continuous = CliOption.List("--continuous", "two-valued numeric columns to show as continuous instead", "a,b,…");
    private readonly ChoiceOption<ContinuousSummary> _summary = new("--summary", "mean-sd, median-iqr, or by-test (median[IQR] where a rank test was used)",
        ContinuousSummary.MeanSd, ("mean-sd", ContinuousSummary.MeanSd), ("median-iqr", ContinuousSummary.MedianIqr), ("by-test", ContinuousSummary.ByTest));
    private readonly Option<int> _decimals = CliOption.Int("--decimals", "decimals of the summaries", 2);
    private readonly ChoiceOption<ContinuousTestPolicy> _continuousTest = new("--continuous-test",
        "paper: Shapiro–Wilk in each group, all normal → Student t, else Mann–Whitney U (Kruskal–Wallis for > 2 groups); or always student, welch, rank",
        ContinuousTestPolicy.NormalityThenTTestElseRankTest,
        ("paper", ContinuousTestPolicy.NormalityThenTTestElseRankTest), ("student", ContinuousTestPolicy.StudentT),
        ("welch", ContinuousTestPolicy.WelchT), ("rank", ContinuousTestPolicy.RankTest));
    private readonly ChoiceOption<CategoricalTestPolicy> _categoricalTest = new("--categorical-test",
        "paper: chi-square, Fisher's exact test when an expected count is < 5; or chisq, fisher",
        CategoricalTestPolicy.ChiSquareElseFisherForSmallExpected,
        ("paper", CategoricalTestPolicy.ChiSquareElseFisherForSmallExpected), ("chisq", CategoricalTestPolicy.ChiSquare), ("fisher", CategoricalTestPolicy.FisherExact));
    private readonly Option<bool> _yates = CliOption.Flag("--yates", "Yates' correction for 2×2 chi-square tests (default off, as SPSS's Pearson row)");
    private readonly ChoiceOption<MissingValuePolicy> _missing = new("--missing",
        "listwise: per variable, rows with a missing value are left out and counted; error: stop",
        MissingValuePolicy.ListwiseDeletion, ("listwise", MissingValuePolicy.ListwiseDeletion), ("error", MissingValuePolicy.Error));
    private readonly Option<string?> _out = CliOption.Text("--out",
        "CSV: variable,level,{split}_all,{split}_{group}…,{split}_p,…,missing (missing = rows left out for that variable); p as \"<0.001\" or three decimals", "table.csv");
    private readonly Option<bool> _force = CliOption.Flag("--force", "overwrite an existing --out file");

    public StatsBaselineCommand() : base("stats baseline", "baseline table by group (mean±SD / n(%), p per split) from a CSV") =>
        Add(_data, _group, _split, _variables, _categorical, _continuous, _summary, _decimals, _continuousTest, _categoricalTest, _yates, _missing, _out, _force);

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        if (parse.GetValue(_decimals) is var decimals and (< 0 or > 10)) yield return $"--decimals must be between 0 and 10, got {decimals}";
        foreach (var problem in OutputFile.Problems(parse, _out, _force)) yield return problem;
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        var variables = parse.GetValue(_variables)!;
        var options = new BaselineTableOptions(
            Variables: variables.Length > 0 ? variables : null,
            Categorical: parse.GetValue(_categorical)!,
            Continuous: parse.GetValue(_continuous)!,
            Summary: _summary.ValueIn(parse),
            Policy: new GroupComparisonPolicy(Continuous: _continuousTest.ValueIn(parse), Categorical: _categoricalTest.ValueIn(parse), Yates: parse.GetValue(_yates)),
            Missing: _missing.ValueIn(parse),
            Decimals: parse.GetValue(_decimals));
        var table = BaselineTable.Build(DataTableLoader.Load(parse.GetValue(_data)!), parse.GetValue(_group)!, parse.GetValue(_split), options);
        stdout.Write(table.ToText());
        OutputFile.Write(parse.GetValue(_out), table.ToCsv(), stdout);
        return 0;
    }
}
