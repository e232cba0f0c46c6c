using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using DlRadiomics.Statistics.Regression;

namespace DlRadiomics.Benchmarks;

/// <summary>
/// Logistic regression (Newton–Raphson with standard errors) on 1257 patients × 200 features, synthetic with a fixed
/// seed, beside statsmodels <c>Logit(method="newton")</c> timed on the same data by
/// tests/DlRadiomics.Tests/Golden/Statistics/A/time_statsmodels_logit.py in the same run (printed in the setup log).
/// </summary>
[MemoryDiagnoser]
public class LogisticRegressionBenchmarks
{
    private const int Patients = 1257, Features = 200, Seed = 20240607;
    private double[,] _x = null!;
    private int[] _y = null!;
    private string[] _names = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Seed);
        _x = new double[Patients, Features];
        _y = new int[Patients];
        _names = Enumerable.Range(1, Features).Select(j => $"f{j}").ToArray();
        for (int i = 0; i < Patients; i++)
        {
            double eta = -0.5;
            for (int j = 0; j < Features; j++)
            {
                // Box–Muller standard normal
                double z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                _x[i, j] = z;
                if (j < 20) eta += 0.15 * z;
            }
            _y[i] = random.NextDouble() < 1 / (1 + Math.Exp(-eta)) ? 1 : 0;
        }
        ReportStatsmodels();
    }

    [Benchmark]
    public double FitNewtonWithStandardErrors() => LogisticRegression.Fit(_x, _y, _names).Coefficients[^1].StandardError;

    [Benchmark]
    public double FitFirth() => LogisticRegression.Fit(_x, _y, _names, new LogisticRegressionOptions(Penalty: LogisticPenalty.Firth)).Coefficients[^1].StandardError;

    private void ReportStatsmodels()
    {
        string? root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "Analysis.sln"))) root = Path.GetDirectoryName(root);
        string script = root is null ? "" : Path.Combine(root, "tests", "DlRadiomics.Tests", "Golden", "Statistics", "A", "time_statsmodels_logit.py");
        if (!File.Exists(script) || !File.Exists("/usr/bin/python3"))
        {
            Console.WriteLine("// statsmodels comparison skipped: script or /usr/bin/python3 not found");
            return;
        }
        string csv = Path.Combine(Path.GetTempPath(), $"dlr-logit-bench-{Environment.ProcessId}.csv");
        using (var w = new StreamWriter(csv))
        {
            w.WriteLine(string.Join(',', _names.Append("y")));
            for (int i = 0; i < Patients; i++)
                w.WriteLine(string.Join(',', Enumerable.Range(0, Features).Select(j => _x[i, j].ToString("R", CultureInfo.InvariantCulture)).Append(_y[i].ToString(CultureInfo.InvariantCulture))));
        }
        var stopwatch = Stopwatch.StartNew();
        var model = LogisticRegression.Fit(_x, _y, _names);
        for (int r = 0; r < 6; r++) model = LogisticRegression.Fit(_x, _y, _names);
        double oursMs = stopwatch.Elapsed.TotalMilliseconds / 7;
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", [script, csv]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        File.Delete(csv);
        Console.WriteLine($"// DlRadiomics LogisticRegression.Fit (setup timing, mean of 7): {oursMs:F1} ms, {model.Iterations} iterations, log-likelihood {model.LogLikelihood:R}");
        Console.WriteLine($"// statsmodels Logit newton on the same data: {output}");
    }
}
