using DlRadiomics.Learning.Pipelines;
using DlRadiomics.Statistics.Tables;
using DlRadiomics.Tables;

namespace DlRadiomics.Learning.Evaluation;

/// <summary>
/// The model comparison of a training table (and optionally a test table) read from CSV: the work of
/// <c>dlr learn compare</c>. Every check of the tables — columns present in both, numeric features, a two-class
/// outcome, fold ids, enough rows of each class for the folds, at least one feature — is made before any fit, and
/// the error names the file and the column.
/// </summary>
public static class TableComparison
{
    /// <summary>The selection step names <see cref="TableComparisonOptions.Select"/> accepts.</summary>
    public static IReadOnlyList<string> SelectionSteps { get; } = ["mwu", "spearman", "lasso"];

    /// <exception cref="CsvTableException">A table problem, naming the file, line and column.</exception>
    /// <exception cref="LearnerInputException">An unknown learner or step, or a fit's failure.</exception>
    public static TableComparisonResult Run(TableComparisonOptions options, IProgress<ComparisonProgress>? progress = null, CancellationToken cancellation = default)
    {
        var learners = (options.Learners ?? Learners.Names).Select(n => Learners.Create(n, options.Seed)).ToArray();
        var steps = Steps(options);
        var train = CsvTable.Read(options.TrainPath).EnsureRectangular();
        var test = options.TestPath is null ? null : CsvTable.Read(options.TestPath).EnsureRectangular();
        var features = (options.Features ?? train.ColumnNames.Where(c => c != options.Outcome && c != options.FoldsFrom).ToArray()).ToArray();
        if (features.Length == 0)
            throw new CsvTableException(train.Source, $"no feature columns: the table holds only '{options.Outcome}'{(options.FoldsFrom is null ? "" : $" and '{options.FoldsFrom}'")}; give feature columns with --features");
        if (features.Contains(options.Outcome)) throw new CsvTableException(train.Source, $"the outcome '{options.Outcome}' is also listed as a feature; leave it out of the features");
        if (options.FoldsFrom is { } ff && features.Contains(ff)) throw new CsvTableException(train.Source, $"the fold column '{ff}' is also listed as a feature; leave it out of the features");
        if (features.GroupBy(f => f).FirstOrDefault(g => g.Count() > 1) is { } twice) throw new CsvTableException(train.Source, $"feature '{twice.Key}' is listed twice");
        if (test is not null)
            foreach (var column in features.Append(options.Outcome))
                if (test.ColumnIndex(column) < 0)
                    throw new CsvTableException(test.Source, $"no column '{column}', which the training table {train.Source} has; the test table needs the same feature and outcome columns (its columns: {string.Join(", ", test.ColumnNames)})");

        var trainSide = Read(train, features, options, options.Positive, options.FoldsFrom);
        string eventValue = trainSide.EventValue;
        var testSide = test is null ? null : Read(test, features, options, eventValue == "1" && options.Positive is null ? null : eventValue, null);
        if (testSide is not null && testSide.EventValue != eventValue)
            throw new CsvTableException(test!.Source, $"column '{options.Outcome}': the event is '{testSide.EventValue}' here but '{eventValue}' in {train.Source}; name it with --positive");

        if (trainSide.FoldIds is { } ids)
            Wrap(train.Source, "", () => Splits.FromFoldColumn(ids, trainSide.Y, options.FoldsFrom!));
        else
            Wrap(train.Source, $"column '{options.Outcome}': ", () => Splits.CheckStratifiable(trainSide.Y, options.Folds));
        if (testSide is not null)
        {
            int events = testSide.Y.Count(v => v == 1);
            if (Math.Min(events, testSide.Y.Length - events) < 2)
                throw new CsvTableException(test!.Source, $"column '{options.Outcome}': {events} events and {testSide.Y.Length - events} non-events; the test AUC and its interval need at least 2 of each");
        }

        var set = new FeatureSet("features", trainSide.X, testSide?.X, features);
        var comparison = ModelComparison.Run([set], trainSide.Y, testSide?.Y,
            new ModelComparisonOptions(learners, steps, options.Folds, options.Seed, trainSide.FoldIds, options.Protocols,
                MaxDegreeOfParallelism: options.MaxDegreeOfParallelism), progress, cancellation);
        return new TableComparisonResult(comparison, eventValue, features, trainSide.Rows, testSide?.Rows ?? [],
            trainSide.Dropped, testSide?.Dropped ?? []);
    }

    private static IPipelineStep[] Steps(TableComparisonOptions options)
    {
        var steps = new List<IPipelineStep>();
        if (options.Standardize) steps.Add(new StandardizeStep());
        foreach (var name in options.Select ?? [])
            steps.Add(name switch
            {
                "mwu" => new MannWhitneyStep(),
                "spearman" => new RedundancyStep(),
                "lasso" => new LassoStep(Seed: options.Seed),
                _ => throw new LearnerInputException($"unknown selection step '{name}'; known: {string.Join(", ", SelectionSteps)}"),
            });
        return [.. steps];
    }

    private sealed record Side(double[][] X, int[] Y, int[]? FoldIds, int[] Rows, IReadOnlyList<int> Dropped, string EventValue);

    private static Side Read(CsvTable table, string[] features, TableComparisonOptions options, string? positive, string? foldsFrom)
    {
        var outcome = table.Binary(options.Outcome, positive);
        var columns = features.Select(table.Numbers).ToArray();
        var folds = foldsFrom is null ? null : table.Numbers(foldsFrom);
        var missing = new SortedSet<int>();
        for (int i = 0; i < table.RowCount; i++)
        {
            string? column = outcome.Values[i] < 0 ? options.Outcome
                : features.Where((_, j) => double.IsNaN(columns[j][i])).FirstOrDefault()
                ?? (folds is not null && double.IsNaN(folds[i]) ? foldsFrom : null);
            if (column is null) continue;
            if (options.Missing == MissingValuePolicy.Error)
                throw new CsvTableException(table.Source, table.LineOf(i), column,
                    "missing value; fill it in, or leave incomplete rows out (MissingValuePolicy.ListwiseDeletion, dlr learn compare --missing listwise)");
            missing.Add(i);
        }
        var rows = Enumerable.Range(0, table.RowCount).Where(i => !missing.Contains(i)).ToArray();
        if (rows.Length == 0) throw new CsvTableException(table.Source, "every row has a missing outcome or feature value; nothing is left to compare");
        int[]? foldIds = null;
        if (folds is not null)
        {
            foldIds = new int[rows.Length];
            for (int k = 0; k < rows.Length; k++)
            {
                double f = folds[rows[k]];
                if (f < 0 || f != Math.Floor(f))
                    throw new CsvTableException(table.Source, table.LineOf(rows[k]), foldsFrom!, $"fold id '{f}' is not a 0-based integer");
                foldIds[k] = (int)f;
            }
        }
        return new Side(rows.Select(i => columns.Select(c => c[i]).ToArray()).ToArray(), rows.Select(i => outcome.Values[i]).ToArray(), foldIds, rows,
            missing.Select(table.LineOf).ToArray(), outcome.EventValue);
    }

    private static void Wrap(string source, string prefix, Action check)
    {
        try { check(); }
        catch (LearnerInputException e) { throw new CsvTableException(source, prefix + e.Message); }
    }
}
