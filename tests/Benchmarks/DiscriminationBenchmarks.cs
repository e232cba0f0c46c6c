using BenchmarkDotNet.Attributes;
using DlRadiomics.Statistics.RocAnalysis;

namespace DlRadiomics.Benchmarks;

/// <summary>
/// DeLong and ROC work on a cohort the size of Fan et al. (1257 patients, 451 events) with two correlated scores.
/// The same data and calls are timed in R pROC by reference/delong_timing.R; run-discrimination.sh runs both and
/// prints the ratio.
/// </summary>
[MemoryDiagnoser]
public class DiscriminationBenchmarks
{
    private double[] _first = [];
    private double[] _second = [];
    private int[] _outcome = [];
    private RocCurve _curve1 = null!;
    private RocCurve _curve2 = null!;

    /// <summary>Deterministic cohort, reproduced formula for formula in reference/delong_timing.R.</summary>
    public static (double[] First, double[] Second, int[] Outcome) Cohort(int n = 1257)
    {
        var first = new double[n];
        var second = new double[n];
        var outcome = new int[n];
        for (int i = 0; i < n; i++)
        {
            outcome[i] = (i * 7) % 25 < 9 ? 1 : 0;
            double u = Frac(Math.Sin(i * 12.9898) * 43758.5453);
            double v = Frac(Math.Sin(i * 78.233) * 12345.6789);
            first[i] = Math.Round(outcome[i] * 1.2 + 2 * u, 3);
            second[i] = Math.Round(first[i] * 0.6 + outcome[i] * 0.3 + 1.5 * v, 3);
        }
        return (first, second, outcome);
    }

    private static double Frac(double x) => x - Math.Floor(x);

    [GlobalSetup]
    public void Setup()
    {
        (_first, _second, _outcome) = Cohort();
        _curve1 = Roc.Curve(_first, _outcome);
        _curve2 = Roc.Curve(_second, _outcome);
    }

    /// <summary>pROC: roc(outcome, first) + ci.auc(method = "delong").</summary>
    [Benchmark]
    public AucConfidenceInterval CurveAndDeLongInterval() => DeLong.ConfidenceInterval(Roc.Curve(_first, _outcome));

    /// <summary>pROC: roc.test(roc1, roc2, method = "delong") on prebuilt curves.</summary>
    [Benchmark]
    public DeLongTest PairedDeLongTest() => DeLong.Compare(_curve1, _curve2);

    /// <summary>pROC: ci.auc(roc1, method = "bootstrap", boot.n = 2000, boot.stratified = TRUE).</summary>
    [Benchmark]
    public AucConfidenceInterval StratifiedBootstrap2000() => RocBootstrap.ConfidenceInterval(_curve1, 2000, seed: 1);
}
