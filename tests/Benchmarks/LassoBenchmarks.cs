using BenchmarkDotNet.Attributes;
using DlRadiomics.Statistics.Selection;
using DlRadiomics.Statistics.Validation;

namespace DlRadiomics.Benchmarks;

/// <summary>
/// LASSO on 1257 patients × 200 features (seeded synthetic, drawn with numpy's RandomState stream so that
/// reference/lasso_timing.py fits exactly the same table): the scikit-learn-compatible LassoCV (100 α, 10 folds)
/// the glmnet-style logistic path (100 λ) on independent and on family-correlated features, and its 10-fold
/// cross-validation. run-lasso.sh runs these and the scikit-learn
/// timing in the same session and prints the ratio.
/// </summary>
[MemoryDiagnoser]
public class LassoBenchmarks
{
    public const int Patients = 1257, Features = 200;
    public const int Seed = 2024;
    private double[][] _x = null!;
    private double[] _yLinear = null!;
    private int[] _y = null!;
    private int[] _foldIds = null!;

    /// <summary>X ~ N(0, 1) row by row, then noise ε ~ N(0, 1); y = [Σ_{j&lt;10} x_j/(j+1) + ε &gt; 0].</summary>
    public static (double[][] X, int[] Y) Table()
    {
        var random = new NumpyRandomState(Seed);
        var x = new double[Patients][];
        for (int i = 0; i < Patients; i++)
        {
            x[i] = new double[Features];
            for (int j = 0; j < Features; j++) x[i][j] = random.NextGaussian();
        }
        return (x, Outcome(random, x));
    }

    /// <summary>
    /// The radiomics-like case: 20 families of 10 features, x_ij = 0.9·f_{i,⌊j/10⌋} + √0.19·ε_ij (within-family
    /// correlation about 0.8; factors then noise drawn row by row), y as in <see cref="Table"/>, seed 2025.
    /// </summary>
    public static (double[][] X, int[] Y) CorrelatedTable()
    {
        const int families = 20;
        const double loading = 0.9;
        var random = new NumpyRandomState(CorrelatedSeed);
        var x = new double[Patients][];
        var factor = new double[families];
        for (int i = 0; i < Patients; i++)
        {
            for (int f = 0; f < families; f++) factor[f] = random.NextGaussian();
            x[i] = new double[Features];
            for (int j = 0; j < Features; j++)
                x[i][j] = loading * factor[j / (Features / families)] + Math.Sqrt(1 - loading * loading) * random.NextGaussian();
        }
        return (x, Outcome(random, x));
    }

    /// <summary>y_i = [ε_i + Σ_{j&lt;10} x_ij/(j+1) &gt; 0], ε drawn after the features.</summary>
    private static int[] Outcome(NumpyRandomState random, double[][] x)
    {
        var y = new int[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            double eta = random.NextGaussian();
            for (int j = 0; j < 10; j++) eta += x[i][j] / (j + 1);
            y[i] = eta > 0 ? 1 : 0;
        }
        return y;
    }

    public const int CorrelatedSeed = 2025;
    private double[][] _xCorrelated = null!;
    private int[] _yCorrelated = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_x, _y) = Table();
        _yLinear = _y.Select(v => (double)v).ToArray();
        _foldIds = LogisticLasso.RandomFoldIds(Patients, 10, Seed);
        (_xCorrelated, _yCorrelated) = CorrelatedTable();
    }

    [Benchmark]
    public double LassoCvTenFold() => LassoCv.Fit(_x, _yLinear, new LassoCvOptions(Folds: 10)).Alpha;

    [Benchmark]
    public int LogisticLassoPath() => LogisticLasso.Path(_x, _y).Lambda.Length;

    [Benchmark]
    public int LogisticLassoPathCorrelated() => LogisticLasso.Path(_xCorrelated, _yCorrelated).Lambda.Length;

    [Benchmark]
    public double LogisticLassoCrossValidateTenFold() => LogisticLasso.CrossValidate(_x, _y, _foldIds).LambdaMin;

    /// <summary>The same on one thread, the fair comparison with cv.glmnet (which fits its folds one after another).</summary>
    [Benchmark]
    public double LogisticLassoCrossValidateTenFoldOneThread() =>
        LogisticLasso.CrossValidate(_x, _y, _foldIds, new LogisticLassoOptions(MaxDegreeOfParallelism: 1)).LambdaMin;
}
