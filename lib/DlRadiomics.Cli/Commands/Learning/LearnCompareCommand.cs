using System.CommandLine;
using DlRadiomics.Cli.Commands.Statistics;
using DlRadiomics.Learning.Evaluation;
using DlRadiomics.Statistics.Tables;

namespace DlRadiomics.Cli.Commands.Learning;

/// <summary>
/// <c>dlr learn compare</c>: the studies' model comparison of several learners on a training table (stratified k-fold
/// or given folds) and optionally a test table, with Table 4 metrics, the top-3 vote and the safe/paper protocols
/// (<see cref="TableComparison"/>).
/// </summary>
public sealed class LearnCompareCommand : Verb
{
    private readonly Option<string> _train = CliOption.Required("--train", "training table (comma-separated, header row)", "T.csv");
    private readonly Option<string?> _test = CliOption.Text("--test", "test table with the same feature and outcome columns: fit on all training rows and predict it", "E.csv");
    private readonly Option<string> _outcome = CliOption.Required("--outcome",
        "two-class outcome column: 0/1 (1 = event), or two text values (the second in sort order is the event, as in R)", "COL");
    private readonly Option<string?> _positive = CliOption.Text("--positive", "the outcome value counted as the event", "V");
    private readonly Option<string[]> _features = CliOption.List("--features", "feature columns (default: every training column but the outcome and --folds-from)", "a,b,…");
    private readonly Option<string[]> _learners = CliOption.List("--learners", $"learners to compare (default: all): {string.Join(",", Learners.Order)}", "lr,svm,…");
    private readonly Option<int> _folds = CliOption.Int("--folds", "folds of the stratified k-fold on the training table", 5);
    private readonly Option<string?> _foldsFrom = CliOption.Text("--folds-from", "training column of 0-based fold ids to use instead of the seeded folds", "COL");
    private readonly Option<int> _seed = CliOption.Int("--seed", "seed of the fold shuffle (scikit-learn StratifiedKFold(shuffle=True, random_state=N)) and of the stochastic learners", 0);
    private readonly Option<bool> _standardize = CliOption.Flag("--standardize", "z-score the features (population SD, as StandardScaler) inside the pipeline, before selection and learner");
    private readonly Option<string[]> _select = CliOption.List("--select",
        "selection steps in this order before each learner: mwu (Mann–Whitney p < 0.05), spearman (|ρ| > 0.9 redundancy removal), lasso (inner 10-fold CV)", "mwu,spearman,lasso");
    private readonly ChoiceOption<ComparisonProtocol[]> _protocol = new("--protocol",
        "safe: steps fitted inside every training fold; paper: once on all training rows before the folds (optimistic); both: side by side",
        Safe, ("safe", Safe), ("paper", [ComparisonProtocol.Paper]), ("both", [ComparisonProtocol.Safe, ComparisonProtocol.Paper]));
    private readonly ChoiceOption<MissingValuePolicy> _missing = new("--missing",
        "listwise: rows with a missing outcome, feature or fold id are left out and their lines reported; error: stop at the first, naming file, line and column",
        MissingValuePolicy.ListwiseDeletion, ("listwise", MissingValuePolicy.ListwiseDeletion), ("error", MissingValuePolicy.Error));
    private readonly Option<string?> _out = CliOption.Text("--out", "also write the results as JSON (fields below)", "res.json");
    private readonly Option<bool> _force = CliOption.Flag("--force", "overwrite an existing --out file");

    private static readonly ComparisonProtocol[] Safe = [ComparisonProtocol.Safe];

    public LearnCompareCommand() : base("learn compare", "compare learners by cross-validation and on a test table (Table 4 metrics, top-3 vote, safe/paper protocols)") =>
        Add(_train, _test, _outcome, _positive, _features, _learners, _folds, _foldsFrom, _seed, _standardize, _select, _protocol, _missing, _out, _force);

    public override string Notes => """
        Rows with a missing outcome, feature or fold id are left out (listwise deletion) and their lines reported, or with
        --missing error stop the command (exit 1) naming the file, line and column.
        JSON fields: learners[] {name, protocol ("safe"|"paper"), featureSet, hyperParameters, foldAucs[], cvAuc (mean of the
          fold AUCs), train {auc, aucCi[2], accuracy, sensitivity, specificity, ppv, npv, threshold} (out-of-fold predictions,
          Youden threshold), nullModels (fits whose selection kept no feature), with --test: testAuc, testAucCi[2] (DeLong
          95%), accuracy, sensitivity, specificity, ppv, npv at the training threshold, threshold; oofPredictions[] (per
          training row), testPredictions[] (per test row)}, foldIds[], top, votes[] {protocol, name, votes, featureSets[],
          meanAuc}, chosen {protocol: learner}, delong[], event, features[], trainRows[] / testRows[] (0-based data row of
          each prediction), trainLinesDropped[], testLinesDropped[].
        """;

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        if (parse.GetValue(_folds) is var folds and < 2) yield return $"--folds must be at least 2, got {folds}";
        if (parse.GetValue(_seed) is var seed and < 0) yield return $"--seed expects a non-negative integer, got '{seed}'";
        if (parse.IsGiven(_folds) && parse.GetValue(_foldsFrom) is not null) yield return "--folds and --folds-from exclude each other";
        foreach (var name in parse.GetValue(_learners)!.Where(n => !Learners.Names.Contains(n)))
            yield return $"--learners: unknown learner '{name}'; known: {string.Join(", ", Learners.Names)}";
        foreach (var name in parse.GetValue(_select)!.Where(n => !TableComparison.SelectionSteps.Contains(n)))
            yield return $"--select: unknown step '{name}'; known: {string.Join(", ", TableComparison.SelectionSteps)}";
        if (parse.GetValue(_outcome) is { } outcome && parse.GetValue(_features)!.Contains(outcome))
            yield return $"the outcome '{outcome}' is also listed in --features";
        foreach (var problem in OutputFile.Problems(parse, _out, _force)) yield return problem;
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        var features = parse.GetValue(_features)!;
        var learners = parse.GetValue(_learners)!;
        var options = new TableComparisonOptions(parse.GetValue(_train)!, parse.GetValue(_outcome)!, parse.GetValue(_test), parse.GetValue(_positive),
            features.Length > 0 ? features : null, learners.Length > 0 ? learners : null, parse.GetValue(_folds), parse.GetValue(_foldsFrom),
            parse.GetValue(_seed), parse.GetValue(_standardize), parse.GetValue(_select), _protocol.ValueIn(parse), _missing.ValueIn(parse));
        var result = TableComparison.Run(options);
        if (result.EventValue != "1") stderr.WriteLine($"outcome '{options.Outcome}': '{result.EventValue}' counted as the event");
        if (result.TrainLinesDropped.Count > 0)
            stderr.WriteLine($"{options.TrainPath}: {result.TrainLinesDropped.Count} row(s) with a missing value left out (lines {string.Join(", ", result.TrainLinesDropped.Take(10))}{(result.TrainLinesDropped.Count > 10 ? ", …" : "")})");
        if (result.TestLinesDropped.Count > 0)
            stderr.WriteLine($"{options.TestPath}: {result.TestLinesDropped.Count} row(s) with a missing value left out (lines {string.Join(", ", result.TestLinesDropped.Take(10))}{(result.TestLinesDropped.Count > 10 ? ", …" : "")})");
        stdout.WriteLine($"{options.TrainPath}: {result.TrainRows.Length} training rows, {result.Features.Count} feature(s), " +
            (options.FoldsFrom is null ? $"stratified {options.Folds}-fold CV (seed {options.Seed})" : $"folds from column '{options.FoldsFrom}'") +
            (options.TestPath is null ? "" : $"; {result.TestRows.Length} test rows from {options.TestPath}"));
        stdout.Write(result.Comparison.ToText());
        OutputFile.Write(parse.GetValue(_out), result.ToJson(), stdout);
        return 0;
    }
}
