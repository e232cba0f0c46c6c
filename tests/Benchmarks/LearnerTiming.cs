using System.Diagnostics;
using System.Globalization;
using DlRadiomics.Learning.Evaluation;
using DlRadiomics.Learning.Pipelines;
using DlRadiomics.Statistics.Validation;
using DlRadiomics.Tables;

namespace DlRadiomics.Benchmarks;

/// <summary>
/// Our side of run-learners.sh: the model comparison (every learner inside <c>StandardScaler → model</c>, fitted on the
/// training rows of five given folds and predicting the test fold) on one table, timed on request so that
/// reference/learner_paired.py can alternate our runs with scikit-learn's. Single thread (one fit at a time, one thread
/// per learner) or all cores (fits in parallel, learners' own threads).
/// </summary>
/// <remarks>
/// Not a BenchmarkDotNet job: the two sides must run at the same moment of a shared machine's load, so a driver asks
/// each side in turn for one timing. <c>learners serve TABLE OUTCOME</c> reads requests <c>LEARNERS THREADS</c>
/// (comma-separated short names; <c>1</c> or <c>all</c>) from standard input and answers each with
/// <c>WALL_SECONDS CPU_SECONDS</c>, processor time being this process's user + system time over the run.
/// </remarks>
public static class LearnerTiming
{
    public const int Patients = 1257, Features = 120;
    public const uint SyntheticSeed = 2026;

    /// <summary><c>learners synth OUT.csv</c> writes the synthetic table; <c>learners serve TABLE.csv OUTCOME</c> times on request.</summary>
    public static int Run(string[] args)
    {
        if (args is ["synth", var path])
        {
            WriteSynthetic(path);
            return 0;
        }
        if (args is not ["serve", var table, var outcome])
        {
            Console.Error.WriteLine("usage: learners synth OUT.csv | learners serve TABLE.csv OUTCOME  (TABLE has a 0-based 'fold' column; requests 'LEARNERS 1|all' on stdin)");
            return 2;
        }
        var csv = CsvTable.Read(table).EnsureRectangular();
        var features = csv.ColumnNames.Where(c => c != outcome && c != "fold").ToArray();
        var columns = features.Select(csv.Numbers).ToArray();
        var x = Enumerable.Range(0, csv.RowCount).Select(i => columns.Select(c => c[i]).ToArray()).ToArray();
        var y = csv.Numbers(outcome).Select(v => (int)v).ToArray();
        var folds = csv.Numbers("fold").Select(v => (int)v).ToArray();
        var missing = Learners.Order.Except(Learners.Names).ToArray();
        Console.WriteLine(missing.Length > 0 ? $"missing {string.Join(",", missing)}" : "ready");
        while (Console.ReadLine() is { } request)
        {
            var parts = request.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var names = parts[0].Split(',');
            int? threads = parts[1] == "all" ? null : int.Parse(parts[1], CultureInfo.InvariantCulture);
            var (wall, cpu) = Seconds(x, y, folds, names, threads);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{wall:F4} {cpu:F4}"));
        }
        return 0;
    }

    private static (double Wall, double Cpu) Seconds(double[][] x, int[] y, int[] folds, IReadOnlyList<string> names, int? threads)
    {
        var options = new ModelComparisonOptions(names.Select(n => Learners.Create(n, 0, threads)).ToArray(), Steps: [new StandardizeStep()],
            FoldIds: folds, MaxDegreeOfParallelism: threads);
        var set = new FeatureSet("bench", x);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        ModelComparison.Run([set], y, null, options);
        double wall = watch.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>
    /// 1257 × 120, x ~ N(0, 1) row by row from numpy's <c>RandomState(2026)</c>, then ε ~ N(0, 1) per row;
    /// y = [Σ_{j&lt;12} x_j·(−1)^j/(1 + j/4) + 0.5·x₀x₁ + ε &gt; 0.3]; fold = scikit-learn's StratifiedKFold(5, shuffle, 0).
    /// </summary>
    private static void WriteSynthetic(string path)
    {
        var random = new NumpyRandomState(SyntheticSeed);
        var x = new double[Patients][];
        for (int i = 0; i < Patients; i++)
        {
            x[i] = new double[Features];
            for (int j = 0; j < Features; j++) x[i][j] = random.NextGaussian();
        }
        var y = x.Select(r =>
        {
            double s = 0.5 * r[0] * r[1] + random.NextGaussian();
            for (int j = 0; j < 12; j++) s += r[j] * (j % 2 == 0 ? 1 : -1) / (1 + j / 4.0);
            return s > 0.3 ? 1 : 0;
        }).ToArray();
        var fold = Splits.StratifiedFoldIds(y, 5, 0);
        var header = Enumerable.Range(0, Features).Select(j => $"x{j}").Append("outcome").Append("fold").ToArray();
        var rows = x.Select((r, i) => (IReadOnlyList<string>)r.Select(v => v.ToString("R", CultureInfo.InvariantCulture))
            .Append(y[i].ToString(CultureInfo.InvariantCulture)).Append(fold[i].ToString(CultureInfo.InvariantCulture)).ToArray());
        File.WriteAllText(path, CsvText.Table(header, rows));
    }
}
