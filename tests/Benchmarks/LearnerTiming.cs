using System.Diagnostics;
using System.Globalization;
using DlRadiomics.Learning.Evaluation;
using DlRadiomics.Learning.Pipelines;
using DlRadiomics.Statistics.Validation;
using DlRadiomics.Tables;

namespace DlRadiomics.Benchmarks;

/// <summary>
/// Times the model comparison of run-learners.sh: every learner, each inside <c>StandardScaler → model</c>, over five
/// given folds (fit on the training rows, predict the test fold), on one table; then all learners in one comparison.
/// Single thread (one fit at a time, one thread per learner) and all cores (fits in parallel, learners' own threads).
/// Each time is the faster of <see cref="Repeats"/> runs after one warm-up run (as the Python side). Prints tab-separated lines
/// "dataset threads learner seconds" that reference/learner_report.py sets beside scikit-learn's.
/// </summary>
/// <remarks>
/// Not a BenchmarkDotNet job: nine learners × two tables × two thread settings would take BenchmarkDotNet's minimum
/// iteration counts far past a short run on a shared machine; each timing here is a large share of a second or more,
/// so the faster of two runs after a warm-up (timeit's convention) is stable to a few per cent.
/// </remarks>
public static class LearnerTiming
{
    public const int Repeats = 2, Patients = 1257, Features = 120;
    public const uint SyntheticSeed = 2026;

    /// <summary><c>learners synth OUT.csv</c> writes the synthetic table; <c>learners time TABLE.csv OUTCOME</c> times it.</summary>
    public static int Run(string[] args)
    {
        if (args is ["synth", var path])
        {
            WriteSynthetic(path);
            return 0;
        }
        if (args is not ["time", var table, var outcome])
        {
            Console.Error.WriteLine("usage: learners synth OUT.csv | learners time TABLE.csv OUTCOME  (TABLE has a 0-based 'fold' column)");
            return 2;
        }
        var csv = CsvTable.Read(table).EnsureRectangular();
        var features = csv.ColumnNames.Where(c => c != outcome && c != "fold").ToArray();
        var columns = features.Select(csv.Numbers).ToArray();
        var x = Enumerable.Range(0, csv.RowCount).Select(i => columns.Select(c => c[i]).ToArray()).ToArray();
        var y = csv.Numbers(outcome).Select(v => (int)v).ToArray();
        var folds = csv.Numbers("fold").Select(v => (int)v).ToArray();
        string name = Path.GetFileNameWithoutExtension(table);
        foreach (int? threads in new int?[] { 1, null })
        {
            string label = threads is null ? "all" : "1";
            foreach (var learner in Learners.Names)
                Console.WriteLine($"{name}\t{label}\t{learner}\t{Seconds(x, y, folds, [learner], threads):F4}");
            Console.WriteLine($"{name}\t{label}\tall nine\t{Seconds(x, y, folds, Learners.Names, threads):F4}");
        }
        var missing = Learners.Order.Except(Learners.Names).ToArray();
        if (missing.Length > 0) Console.WriteLine($"missing\t{string.Join(",", missing)}");
        return 0;
    }

    private static double Seconds(double[][] x, int[] y, int[] folds, IReadOnlyList<string> names, int? threads)
    {
        var options = new ModelComparisonOptions(names.Select(n => Learners.Create(n, 0, threads)).ToArray(), Steps: [new StandardizeStep()],
            FoldIds: folds, MaxDegreeOfParallelism: threads);
        var set = new FeatureSet("bench", x);
        ModelComparison.Run([set], y, null, options);
        var times = new double[Repeats];
        for (int r = 0; r < Repeats; r++)
        {
            var watch = Stopwatch.StartNew();
            ModelComparison.Run([set], y, null, options);
            times[r] = watch.Elapsed.TotalSeconds;
        }
        return times.Min();
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
