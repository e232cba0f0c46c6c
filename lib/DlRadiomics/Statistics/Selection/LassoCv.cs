using DlRadiomics.Numerics;
using DlRadiomics.Statistics.Validation;

namespace DlRadiomics.Statistics.Selection;

/// <summary>
/// Linear lasso with α chosen by k-fold cross-validation, reproducing scikit-learn's <c>LassoCV</c> — what radiomics
/// papers mean by "LassoCV, λ = 0.0015" when the label is regressed as 0/1.
/// </summary>
/// <remarks>
/// Objective (1/(2n))‖y − β₀ − Xβ‖² + α‖β‖₁, intercept by centring X and y. Grid: α_max = max_j |x̃_jᵀỹ| / n on the
/// data centred over all rows, then <c>Alphas</c> values log-spaced from α_max down to Eps·α_max. Each fold is
/// centred on its training rows, its path solved with warm starts (<see cref="LassoCoordinateDescent"/>), and the
/// mean squared error taken on the held-out rows. The α with the smallest mean error (first on ties) is refitted
/// from zero on all rows.
/// </remarks>
public static class LassoCv
{
    public static LassoCvModel Fit(double[][] x, IReadOnlyList<double> y, LassoCvOptions? options = null, IReadOnlyList<string>? featureNames = null)
    {
        options ??= new LassoCvOptions();
        if (options.Alphas < 1) throw new ModelInputException($"Alphas = {options.Alphas}; give at least 1");
        if (options.Eps is <= 0 or >= 1) throw new ModelInputException($"Eps = {options.Eps}; give a ratio in (0, 1)");
        if (options.Tolerance <= 0) throw new ModelInputException($"Tolerance = {options.Tolerance}; give a positive value");
        var cols = FeatureRows.Columns(x);
        FeatureRows.CheckLength(x.Length, y.Count);
        FeatureRows.CheckFinite(y, "outcome");
        var names = FeatureRows.Names(featureNames, cols.Length);
        int n = x.Length, p = cols.Length;
        var yArr = y.ToArray();

        var full = Centre(cols, yArr, Enumerable.Range(0, n).ToArray());
        double alphaMax = full.Solver.XtY.Max(Math.Abs) / n;
        if (alphaMax <= 1e-15)
            throw new ModelInputException("the outcome is constant or uncorrelated with every feature (α_max = 0); the lasso has nothing to select");
        var alphas = Grid(alphaMax, options.Eps, options.Alphas);

        var splits = (options.FoldIds is { } ids
            ? KFold.ByFoldIds(CheckFoldIds(ids, n))
            : KFold.Split(n, options.Folds)).ToArray();
        var msePath = alphas.Select(_ => new double[splits.Length]).ToArray();
        var foldUnconverged = new int[splits.Length];
        var fullGram = n > p ? Gram(full.Columns, Enumerable.Range(0, n).ToArray()) : null;
        // Folds are independent; each writes only its own column of msePath, so the result does not depend on scheduling.
        Parallel.For(0, splits.Length, f =>
        {
            var (train, test) = splits[f];
            var fold = Centre(cols, yArr, train, fullGram is null ? null : (fullGram, full.Columns, test));
            var w = new double[p];
            for (int a = 0; a < alphas.Length; a++)
            {
                if (!fold.Solver.Solve(alphas[a], w, options.Tolerance, options.MaxIterations)) foldUnconverged[f]++;
                double intercept = fold.YMean;
                for (int j = 0; j < p; j++) intercept -= fold.XMean[j] * w[j];
                double sse = 0;
                foreach (int i in test)
                {
                    double r = intercept - yArr[i];
                    for (int j = 0; j < p; j++) if (w[j] != 0) r += x[i][j] * w[j];
                    sse += r * r;
                }
                msePath[a][f] = sse / test.Length;
            }
        });
        int unconverged = foldUnconverged.Sum();
        var mean = msePath.Select(m => m.Average()).ToArray();
        var se = msePath.Select((m, a) => Math.Sqrt(m.Sum(v => (v - mean[a]) * (v - mean[a])) / (m.Length - 1) / m.Length)).ToArray();
        int best = 0;
        for (int a = 1; a < alphas.Length; a++) if (mean[a] < mean[best]) best = a;

        var path = new double[alphas.Length][];
        var warm = new double[p];
        for (int a = 0; a < alphas.Length; a++)
        {
            if (!full.Solver.Solve(alphas[a], warm, options.Tolerance, options.MaxIterations)) unconverged++;
            path[a] = (double[])warm.Clone();
        }
        var coef = new double[p];
        if (!full.Solver.Solve(alphas[best], coef, options.Tolerance, options.MaxIterations)) unconverged++;
        double b0 = full.YMean;
        for (int j = 0; j < p; j++) b0 -= full.XMean[j] * coef[j];
        return new LassoCvModel(names, alphas, msePath, mean, se, best, alphas[best], coef, b0, path, unconverged, options);
    }

    /// <summary>scikit-learn's grid: 10^linspace(log10(α_max·eps), log10(α_max), m), largest first.</summary>
    public static double[] Grid(double alphaMax, double eps, int count)
    {
        double start = Math.Log10(alphaMax * eps), stop = Math.Log10(alphaMax);
        var grid = new double[count];
        double step = count > 1 ? (stop - start) / (count - 1) : 0;
        for (int i = 0; i < count; i++) grid[count - 1 - i] = Math.Pow(10, i == count - 1 ? stop : i * step + start);
        return grid;
    }

    private static int[] CheckFoldIds(int[] ids, int n)
    {
        if (ids.Length != n) throw new ModelInputException($"FoldIds has {ids.Length} entries for {n} rows");
        return ids;
    }

    private sealed record Centred(LassoCoordinateDescent Solver, double[] XMean, double YMean, double[][] Columns);

    /// <summary>
    /// Centres the given rows on their own means. With more rows than features the solver works on the Gram matrix;
    /// for a training fold it is obtained from the full-data Gram of data centred on all rows, minus the held-out rows'
    /// part, minus m·d·dᵀ (d the training mean of that centred data) — the same matrix without a pass over the rows.
    /// </summary>
    private static Centred Centre(double[][] cols, double[] y, int[] rows, (double[][] Gram, double[][] Z, int[] Test)? downdate = null)
    {
        int m = rows.Length, p = cols.Length;
        var xMean = new double[p];
        var centred = new double[p][];
        for (int j = 0; j < p; j++)
        {
            var c = new double[m];
            double s = 0;
            for (int i = 0; i < m; i++) { c[i] = cols[j][rows[i]]; s += c[i]; }
            xMean[j] = s / m;
            for (int i = 0; i < m; i++) c[i] -= xMean[j];
            centred[j] = c;
        }
        var yc = rows.Select(i => y[i]).ToArray();
        double yMean = yc.Average();
        for (int i = 0; i < m; i++) yc[i] -= yMean;
        if (downdate is not { } dd)
            return new Centred(new LassoCoordinateDescent(centred, yc, useGram: m > p), xMean, yMean, centred);
        var heldOut = Gram(dd.Z, dd.Test);
        var d = new double[p];
        for (int j = 0; j < p; j++)
        {
            double s = 0;
            foreach (int i in rows) s += dd.Z[j][i];
            d[j] = s / m;
        }
        var gram = new double[p][];
        for (int j = 0; j < p; j++)
        {
            gram[j] = new double[p];
            for (int k = 0; k < p; k++) gram[j][k] = dd.Gram[j][k] - heldOut[j][k] - m * d[j] * d[k];
        }
        var xty = centred.Select(c => VectorMath.Dot(c, yc)).ToArray();
        return new Centred(new LassoCoordinateDescent(gram, xty, VectorMath.Dot(yc, yc), m), xMean, yMean, centred);
    }

    /// <summary>Σ over <paramref name="rows"/> of z_ij·z_ik for all feature pairs.</summary>
    private static double[][] Gram(double[][] z, int[] rows)
    {
        int p = z.Length;
        var sub = z.Select(c => rows.Select(i => c[i]).ToArray()).ToArray();
        var g = new double[p][];
        for (int j = 0; j < p; j++) g[j] = new double[p];
        for (int j = 0; j < p; j++)
            for (int k = j; k < p; k++) g[j][k] = g[k][j] = VectorMath.Dot(sub[j], sub[k]);
        return g;
    }
}
