using DlRadiomics.Statistics;

namespace DlRadiomics.Cli.Commands.Statistics;

/// <summary><c>dlr stats baseline</c>: the baseline characteristics table (Table 2 layout) of a CSV file.</summary>
public sealed class StatsBaselineCommand : ICommand
{
    public string Name => "stats baseline";
    public string Summary => "baseline table by group (mean±SD / n(%), p per split) from a CSV";
    public string Usage => """
        usage: dlr stats baseline --data T.csv --group COL [--split COL] [--out table.csv [--force]]
                                  [--variables a,b,…] [--categorical a,b,…] [--continuous a,b,…]
                                  [--summary mean-sd|median-iqr|by-test] [--decimals 2]
                                  [--continuous-test paper|student|welch|rank] [--categorical-test paper|chisq|fisher]
                                  [--yates] [--missing listwise|error]

          --group        column whose levels are the compared groups (e.g. surgical / non-surgical)
          --split        optional column splitting the table into blocks (e.g. training / test), a p-value per block
          --variables    rows in this order (default: every other column)
          --categorical  numeric columns to show as n(%) (text columns and 0/1 columns always are)
          --continuous   two-valued numeric columns to show as continuous instead
          --summary      mean-sd (default), median-iqr, or by-test (median[IQR] where a rank test was used)
          --continuous-test  paper (default): Shapiro–Wilk in each group, all normal → Student t, else Mann–Whitney U
                             (Kruskal–Wallis for > 2 groups); or always student, welch, rank
          --categorical-test paper (default): chi-square, Fisher's exact test when an expected count is < 5; or chisq, fisher
          --yates        Yates' correction for 2×2 chi-square tests (default off, as SPSS's Pearson row)
          --missing      listwise (default): per variable, rows with a missing value are left out and counted; error: stop
          --out          CSV: variable,level,{split}_all,{split}_{group}…,{split}_p,…,missing  (missing = rows left out
                         for that variable); p as "<0.001" or three decimals
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        string data = args.Required("data"), group = args.Required("group");
        string? split = args.Optional("split"), output = args.Optional("out");
        bool force = args.Flag("force");
        var variables = args.List("variables");
        var policy = new GroupComparisonPolicy(
            Continuous: OutputFile.Choice(args, "continuous-test", ContinuousTestPolicy.NormalityThenTTestElseRankTest,
                ("paper", ContinuousTestPolicy.NormalityThenTTestElseRankTest), ("student", ContinuousTestPolicy.StudentT),
                ("welch", ContinuousTestPolicy.WelchT), ("rank", ContinuousTestPolicy.RankTest)),
            Categorical: OutputFile.Choice(args, "categorical-test", CategoricalTestPolicy.ChiSquareElseFisherForSmallExpected,
                ("paper", CategoricalTestPolicy.ChiSquareElseFisherForSmallExpected), ("chisq", CategoricalTestPolicy.ChiSquare),
                ("fisher", CategoricalTestPolicy.FisherExact)),
            Yates: args.Flag("yates"));
        var options = new BaselineTableOptions(
            Variables: variables.Count > 0 ? variables : null,
            Categorical: args.List("categorical").ToArray(),
            Continuous: args.List("continuous").ToArray(),
            Summary: OutputFile.Choice(args, "summary", ContinuousSummary.MeanSd,
                ("mean-sd", ContinuousSummary.MeanSd), ("median-iqr", ContinuousSummary.MedianIqr), ("by-test", ContinuousSummary.ByTest)),
            Policy: policy,
            Missing: OutputFile.Choice(args, "missing", MissingValuePolicy.ListwiseDeletion,
                ("listwise", MissingValuePolicy.ListwiseDeletion), ("error", MissingValuePolicy.Error)),
            Decimals: args.Int("decimals", 2));
        args.EnsureAllUsed();
        if (options.Decimals is < 0 or > 10) throw new UsageException($"--decimals must be between 0 and 10, got {options.Decimals}");
        OutputFile.EnsureReplaceable(output, force);

        var table = BaselineTable.Build(DataTableLoader.Load(data), group, split, options);
        stdout.Write(table.ToText());
        OutputFile.Write(output, force, table.ToCsv(), stdout);
        return 0;
    }
}
