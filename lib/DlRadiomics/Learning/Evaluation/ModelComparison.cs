using System.Collections.Concurrent;
using DlRadiomics.Learning.Pipelines;
using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Validation;

namespace DlRadiomics.Learning.Evaluation;

/// <summary>
/// The studies' model comparison: every learner on every feature set, cross-validated on the training cohort and
/// fitted on all training rows to predict the test cohort, with the Table 4 metrics, the top-k vote across feature
/// sets and the DeLong comparison of the chosen learner's models.
/// </summary>
/// <remarks>
/// <para>Per protocol, feature set and learner: stratified k-fold (or the given folds) on the training rows; the fold
/// AUCs and their mean (the CV AUC); the pooled out-of-fold predictions, their AUC with DeLong's interval, their
/// Youden threshold (pROC's, the most sensitive of ties) and the accuracy, sensitivity, specificity, PPV and NPV
/// there. With a test cohort, the pipeline is fitted on all training rows and the test rows are scored; the test
/// metrics use the training Youden threshold, so nothing is tuned on the test cohort. Probabilities are read with
/// direction "&lt;" (higher = event): a model worse than chance shows an AUC below 0.5.</para>
/// <para>Protocols (<see cref="ComparisonProtocol"/>): <c>Safe</c> fits the steps inside each training fold with
/// the learner; <c>Paper</c> fits them once on all training rows and cross-validates the learner alone on their
/// output, as the studies did. The model that scores the test cohort is the same under both. Reporting both side by
/// side shows the optimism the studies' order adds; this comparison is ours, not the studies'.</para>
/// <para>Vote: per feature set, learners are ranked by test AUC (CV AUC without a test cohort), ties in the order
/// given; the top <see cref="ModelComparisonOptions.Top"/> each get a vote; the chosen learner has the most votes,
/// ties broken by the larger mean ranked AUC, then by order.</para>
/// <para>Parallelism: fits are independent and each writes only its own slots; every random step takes its seed from
/// the options, so results are identical for any <see cref="ModelComparisonOptions.MaxDegreeOfParallelism"/>.</para>
/// </remarks>
public static class ModelComparison
{
    /// <summary>Runs the comparison.</summary>
    /// <param name="sets">Feature sets; all have the test cohort or none has.</param>
    /// <param name="trainOutcome">0/1 outcome of the training rows.</param>
    /// <param name="testOutcome">0/1 outcome of the test rows, or null without a test cohort.</param>
    /// <param name="options">Learners, steps, folds, protocols.</param>
    /// <param name="progress">Told after every fit.</param>
    /// <param name="cancellation">Stops the remaining fits.</param>
    /// <exception cref="LearnerInputException">Bad input, found before any fitting; or a fit's failure, naming the set, learner and fold.</exception>
    public static ModelComparisonResult Run(IReadOnlyList<FeatureSet> sets, IReadOnlyList<int> trainOutcome, IReadOnlyList<int>? testOutcome,
        ModelComparisonOptions options, IProgress<ComparisonProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var protocols = (options.Protocols ?? [ComparisonProtocol.Safe]).Distinct().ToArray();
        var steps = options.Steps ?? [];
        var learners = options.Learners;
        bool hasTest = Check(sets, trainOutcome, testOutcome, options, protocols);
        var splits = (options.FoldIds is { } ids
            ? Splits.FromFoldColumn(ids, trainOutcome, "fold ids")
            : Splits.StratifiedKFold(trainOutcome, options.Folds, options.Seed)).ToArray();
        var foldOf = new int[trainOutcome.Count];
        for (int f = 0; f < splits.Length; f++) foreach (int i in splits[f].Test) foldOf[i] = f;

        int k = splits.Length, nP = protocols.Length, nS = sets.Count, nL = learners.Count;
        var setSteps = sets.Select(set => set.Steps ?? steps).ToArray();
        var work = new List<Work>();
        for (int p = 0; p < nP; p++)
            for (int s = 0; s < nS; s++)
                for (int l = 0; l < nL; l++)
                    for (int f = 0; f < k; f++) work.Add(new Work(p, s, l, f));
        if (hasTest)
            for (int s = 0; s < nS; s++)
                for (int l = 0; l < nL; l++) work.Add(new Work(-1, s, l, -1));

        var oof = Slots(nP, nS, nL, _ => new double[trainOutcome.Count]);
        var foldAuc = Slots(nP, nS, nL, _ => new double[k]);
        var fitted = Slots(nP, nS, nL, _ => new IReadOnlyDictionary<string, string>[k]);
        var nulls = Slots(nP, nS, nL, _ => new bool[k]);
        var testScores = new double[nS, nL][];
        var finalFit = new IReadOnlyDictionary<string, string>[nS, nL];
        var finalNull = new bool[nS, nL];
        var errors = new Exception?[work.Count];
        int completed = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellation,
        };

        // The steps depend on the rows they are fitted on, never on the learner: fitted once per feature set on all
        // training rows (the paper protocol's input and the test model's) and, for the safe protocol, once per fold,
        // then shared by every learner. The same numbers as fitting each learner's pipeline, at a ninth of the cost.
        // Steps on all training rows serve only the paper protocol and the test model.
        bool safe = protocols.Contains(ComparisonProtocol.Safe), whole = hasTest || protocols.Contains(ComparisonProtocol.Paper);
        var prefitWork = Enumerable.Range(0, nS)
            .SelectMany(s => Enumerable.Range(whole ? -1 : 0, (whole ? 1 : 0) + (safe ? k : 0)).Select(f => (Set: s, Fold: f))).ToArray();
        var allRows = new Prefit[nS];
        var foldRows = new Prefit[nS, k];
        var prefitErrors = new Exception?[prefitWork.Length];
        // A fusion's blocks reuse the steps their own feature sets fitted on the same rows.
        var fits = new StepFitCache();
        Parallel.ForEach(OneAtATime(prefitWork.Length), parallel, (w, loop) =>
        {
            var (s, f) = prefitWork[w];
            try
            {
                if (f < 0) allRows[s] = Prefit.Of(setSteps[s], sets[s].Train, trainOutcome, sets[s].Test, fits);
                else
                {
                    var (train, test) = splits[f];
                    foldRows[s, f] = Prefit.Of(setSteps[s], Rows(sets[s].Train, train), train.Select(i => trainOutcome[i]).ToArray(), Rows(sets[s].Train, test), fits);
                }
            }
            catch (DlRadiomicsException e)
            {
                prefitErrors[w] = new LearnerInputException($"feature set '{sets[s].Name}', pipeline steps, {(f < 0 ? "fit on all training rows" : $"fold {f}")}: {e.Message}");
                loop.Stop();
            }
        });
        if (prefitErrors.FirstOrDefault(e => e is not null) is { } prefitError) throw prefitError;

        Parallel.ForEach(OneAtATime(work.Count), parallel, (w, loop) =>
        {
            var (p, s, l, f) = work[w];
            try
            {
                string described = Pipeline.Describe(setSteps[s]);
                if (f < 0)
                {
                    var (scores, hyper, isNull) = allRows[s].FitPredict(learners[l], trainOutcome, described);
                    testScores[s, l] = scores;
                    finalFit[s, l] = hyper;
                    finalNull[s, l] = isNull;
                }
                else
                {
                    var (train, test) = splits[f];
                    var yTrain = train.Select(i => trainOutcome[i]).ToArray();
                    var (scores, hyper, isNull) = protocols[p] == ComparisonProtocol.Safe
                        ? foldRows[s, f].FitPredict(learners[l], yTrain, described)
                        : allRows[s].Subset(train, test).FitPredict(learners[l], yTrain, described);
                    for (int t = 0; t < test.Length; t++) oof[p][s][l][test[t]] = scores[t];
                    foldAuc[p][s][l][f] = Roc.Auc(scores, test.Select(i => trainOutcome[i]).ToArray(), RocDirection.ControlsLower);
                    fitted[p][s][l][f] = hyper;
                    nulls[p][s][l][f] = isNull;
                }
            }
            catch (DlRadiomicsException e)
            {
                errors[w] = new LearnerInputException($"feature set '{sets[s].Name}', learner '{learners[l].Name}', {(f < 0 ? "fit on all training rows" : $"fold {f}")}: {e.Message}");
                loop.Stop();
                return;
            }
            int done = Interlocked.Increment(ref completed);
            progress?.Report(new ComparisonProgress(done, work.Count, p < 0 ? null : protocols[p], sets[s].Name, learners[l].Name, f < 0 ? null : f));
        });
        if (errors.FirstOrDefault(e => e is not null) is { } error) throw error;

        var evaluations = new List<LearnerEvaluation>();
        for (int p = 0; p < nP; p++)
            for (int s = 0; s < nS; s++)
                for (int l = 0; l < nL; l++)
                {
                    var training = Performance("train", oof[p][s][l], trainOutcome, null, options.Level);
                    var test = hasTest ? Performance("test", testScores[s, l], testOutcome!, training.Threshold, options.Level) : null;
                    var hyper = hasTest ? fitted[p][s][l].Append(finalFit[s, l]).ToArray() : fitted[p][s][l];
                    int nullCount = nulls[p][s][l].Count(b => b) + (hasTest && finalNull[s, l] ? 1 : 0);
                    evaluations.Add(new LearnerEvaluation(protocols[p], sets[s].Name, learners[l].Name,
                        Pipeline.WithSteps(learners[l].HyperParameters, Pipeline.Describe(setSteps[s])),
                        foldAuc[p][s][l], oof[p][s][l], training, hasTest ? testScores[s, l] : null, test, hyper, nullCount));
                }
        var votes = protocols.SelectMany(p => Vote(evaluations.Where(e => e.Protocol == p).ToArray(), p, sets, learners, options.Top)).ToArray();
        var chosen = protocols.ToDictionary(p => p, p => votes.First(v => v.Protocol == p).Learner);
        var comparisons = new List<FeatureSetComparison>();
        if (nS >= 2)
            foreach (var p in protocols)
            {
                var mine = evaluations.Where(e => e.Protocol == p && e.Learner == chosen[p]).ToArray();
                comparisons.Add(Compare(p, chosen[p], "train", mine.Select(e => (e.FeatureSet, e.Training.Curve)).ToArray(), options.Level));
                if (hasTest) comparisons.Add(Compare(p, chosen[p], "test", mine.Select(e => (e.FeatureSet, e.Test!.Curve)).ToArray(), options.Level));
            }
        return new ModelComparisonResult(evaluations, votes, chosen, comparisons, foldOf, options.Top, hasTest);
    }

    private readonly record struct Work(int Protocol, int Set, int Learner, int Fold);

    /// <summary>
    /// Indices 0 … count − 1 handed to the workers one at a time, in order. Parallel.For hands out growing chunks of
    /// its range, so a worker could take several of the slowest fits (MLP or XGBoost folds) at once while the other
    /// core idled at the end; fits differ in cost by a factor of a hundred.
    /// </summary>
    private static OrderablePartitioner<int> OneAtATime(int count) =>
        Partitioner.Create(Enumerable.Range(0, count), EnumerablePartitionerOptions.NoBuffering);

    private static T[][][] Slots<T>(int p, int s, int l, Func<int, T> make) =>
        Enumerable.Range(0, p).Select(_ => Enumerable.Range(0, s).Select(_ => Enumerable.Range(0, l).Select(make).ToArray()).ToArray()).ToArray();

    private static double[][] Rows(double[][] x, int[] rows) => rows.Select(i => x[i]).ToArray();

    /// <summary>
    /// Pipeline steps fitted on some rows: their output for those rows (<paramref name="Fitted"/>) and for the
    /// <paramref name="ScoredCount"/> rows to score (<paramref name="Scored"/>), both null when a selection step kept
    /// nothing (the null model).
    /// </summary>
    private sealed record Prefit(double[][]? Fitted, double[][]? Scored, int ScoredCount)
    {
        public static Prefit Of(IReadOnlyList<IPipelineStep> steps, double[][] x, IReadOnlyList<int> y, double[][]? scored, StepFitCache cache)
        {
            var (z, held) = (x, scored);
            foreach (var step in steps)
            {
                var fitted = cache.Fit(step, z, y);
                if (fitted.OutputCount == 0) return new Prefit(null, null, scored?.Length ?? 0);
                z = fitted.Transform(z);
                if (held is not null) held = fitted.Transform(held);
            }
            return new Prefit(z, held, held?.Length ?? 0);
        }

        /// <summary>The paper protocol's fold: the learner on the training fold's rows of the steps fitted on all training rows.</summary>
        public Prefit Subset(int[] train, int[] test) =>
            Fitted is null ? new Prefit(null, null, test.Length) : new Prefit(Rows(Fitted, train), Rows(Fitted, test), test.Length);

        /// <summary>The learner fitted on <see cref="Fitted"/> scores <see cref="Scored"/>; the training event rate when the steps kept nothing.</summary>
        public (double[] Scores, IReadOnlyDictionary<string, string> HyperParameters, bool IsNull) FitPredict(ILearner learner, IReadOnlyList<int> y, string steps)
        {
            if (Fitted is null) return (Enumerable.Repeat(y.Average(), ScoredCount).ToArray(), Pipeline.WithSteps(learner.HyperParameters, steps), true);
            var model = learner.Fit(Fitted, y);
            return (model.PredictProbability(Scored!), Pipeline.WithSteps(model.HyperParameters, steps), false);
        }
    }

    private static CohortPerformance Performance(string cohort, double[] scores, IReadOnlyList<int> y, double? threshold, double level)
    {
        var curve = Roc.Curve(scores, y, RocDirection.ControlsLower);
        double t = threshold ?? Roc.Youden(curve).Threshold;
        return new CohortPerformance(cohort, curve, DeLong.ConfidenceInterval(curve, level), t, Roc.MetricsAt(scores, y, t, RocDirection.ControlsLower));
    }

    private static IEnumerable<LearnerVote> Vote(LearnerEvaluation[] evaluations, ComparisonProtocol protocol, IReadOnlyList<FeatureSet> sets,
        IReadOnlyList<ILearner> learners, int top)
    {
        var won = learners.ToDictionary(l => l.Name, _ => new List<string>());
        foreach (var set in sets)
        {
            var ranked = learners.Select((l, order) => (l.Name, order, Auc: evaluations.Single(e => e.FeatureSet == set.Name && e.Learner == l.Name).RankedAuc))
                .OrderByDescending(r => r.Auc).ThenBy(r => r.order).Take(top);
            foreach (var r in ranked) won[r.Name].Add(set.Name);
        }
        return learners.Select((l, order) => (Vote: new LearnerVote(protocol, l.Name, won[l.Name].Count, won[l.Name],
                evaluations.Where(e => e.Learner == l.Name).Average(e => e.RankedAuc)), order))
            .OrderByDescending(v => v.Vote.Votes).ThenByDescending(v => v.Vote.MeanAuc).ThenBy(v => v.order)
            .Select(v => v.Vote);
    }

    private static FeatureSetComparison Compare(ComparisonProtocol protocol, string learner, string cohort, (string Set, RocCurve Curve)[] curves, double level)
    {
        var tests = new List<NamedDeLongTest>();
        for (int i = 0; i < curves.Length; i++)
            for (int j = i + 1; j < curves.Length; j++)
                tests.Add(new NamedDeLongTest(curves[i].Set, curves[j].Set, DeLong.Compare(curves[i].Curve, curves[j].Curve, level)));
        return new FeatureSetComparison(protocol, learner, cohort, tests);
    }

    /// <summary>Every check that can fail before fitting; returns whether there is a test cohort.</summary>
    private static bool Check(IReadOnlyList<FeatureSet> sets, IReadOnlyList<int> y, IReadOnlyList<int>? testY, ModelComparisonOptions o, ComparisonProtocol[] protocols)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(y);
        if (o.Learners is null || o.Learners.Count == 0) throw new LearnerInputException("no learners given; name at least one (lr, svm, knn, dt, rf, et, xgb, mlp, lgbm)");
        if (o.Learners.GroupBy(l => l.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new LearnerInputException($"learner '{twice.Key}' is given {twice.Count()} times; each learner's short name must appear once (tune variants with HyperParameterSearch)");
        if (sets.Count == 0) throw new LearnerInputException("no feature sets given; give at least one");
        if (sets.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1) is { } dup)
            throw new LearnerInputException($"feature set '{dup.Key}' is given {dup.Count()} times; feature set names must differ");
        if (o.Top < 1) throw new LearnerInputException($"Top = {o.Top}; give at least 1");
        if (!(o.Level > 0 && o.Level < 1)) throw new LearnerInputException($"Level = {o.Level}; give a confidence level strictly between 0 and 1");
        if (o.MaxDegreeOfParallelism is < 1) throw new LearnerInputException($"MaxDegreeOfParallelism = {o.MaxDegreeOfParallelism}; give at least 1, or leave it unset for one fit per core");
        if (protocols.Length == 0) throw new LearnerInputException("Protocols is empty; give Safe, Paper or both");
        CheckOutcome(y, "training");
        bool hasTest = sets[0].Test is not null;
        foreach (var set in sets)
        {
            if (string.IsNullOrWhiteSpace(set.Name)) throw new LearnerInputException("a feature set has no name; tables and figures need one");
            int p = CheckRows(set, set.Train, y.Count, "training");
            if ((set.Test is not null) != hasTest)
                throw new LearnerInputException($"feature set '{set.Name}' {(hasTest ? "lacks" : "has")} test rows while '{sets[0].Name}' {(hasTest ? "has" : "lacks")} them; give the test cohort for every set or for none");
            if (set.Columns is { } names && names.Count != p)
                throw new LearnerInputException($"feature set '{set.Name}' names {names.Count} columns but its rows have {p}");
            if (set.Test is { } test)
            {
                int q = CheckRows(set, test, testY?.Count ?? throw new LearnerInputException("test rows are given but no test outcome; pass the test cohort's 0/1 outcome"), "test");
                if (q != p) throw new LearnerInputException($"feature set '{set.Name}' has {p} training columns but {q} test columns; the test rows need the same features in the same order");
            }
        }
        if (hasTest) CheckOutcome(testY!, "test");
        return hasTest;
    }

    private static int CheckRows(FeatureSet set, double[][] rows, int expected, string cohort)
    {
        if (rows.Length != expected) throw new LearnerInputException($"feature set '{set.Name}' has {rows.Length} {cohort} rows but the {cohort} outcome has {expected}; they must describe the same patients");
        if (rows.Length == 0 || rows[0] is null || rows[0].Length == 0)
            throw new LearnerInputException($"feature set '{set.Name}' has no columns; give at least one feature");
        int p = rows[0].Length;
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i] is null || rows[i].Length != p) throw new LearnerInputException($"feature set '{set.Name}', {cohort} row {i} has {rows[i]?.Length ?? 0} values but row 0 has {p}");
            for (int j = 0; j < p; j++)
                if (!double.IsFinite(rows[i][j]))
                    throw new LearnerInputException($"feature set '{set.Name}', {cohort} row {i}, column {(set.Columns is { } c && c.Count == p ? $"'{c[j]}'" : j.ToString(System.Globalization.CultureInfo.InvariantCulture))} is {rows[i][j]}; remove those rows (listwise deletion) or impute before comparing");
        }
        return p;
    }

    private static void CheckOutcome(IReadOnlyList<int> y, string cohort)
    {
        int ones = 0;
        for (int i = 0; i < y.Count; i++)
        {
            if (y[i] is not (0 or 1)) throw new LearnerInputException($"{cohort} outcome row {i} is {y[i]}; the outcome must be binary, coded 0/1");
            ones += y[i];
        }
        if (Math.Min(ones, y.Count - ones) < 2)
            throw new LearnerInputException($"the {cohort} outcome has {ones} events and {y.Count - ones} non-events; AUC intervals need at least 2 of each");
    }
}
