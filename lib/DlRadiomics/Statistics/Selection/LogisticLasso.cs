using DlRadiomics.Numerics;
using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Validation;

namespace DlRadiomics.Statistics.Selection;

/// <summary>
/// L1-penalised logistic regression along a λ path with k-fold cross-validation, reproducing R glmnet's
/// <c>glmnet</c>/<c>cv.glmnet</c> (<c>family = "binomial"</c>, α = 1) for a given <c>foldid</c>.
/// </summary>
/// <remarks>
/// <para>Objective per λ on features z-scored with weights 1/n (population SD):
/// −(1/n) Σ_i [y_i η_i − log(1 + e^{η_i})] + λ Σ_j |β_j|, η = β₀ + zβ; coefficients are returned on the original
/// scale, β_j / s_j and β₀ − Σ β_j m_j / s_j. Constant features are left out (coefficient 0), as glmnet does.</para>
/// <para>Path: λ_max = max_j |(1/n) Σ_i z_ij (y_i − ȳ)|, λ_k = λ_max·r^{k/(K−1)} with r = LambdaMinRatio. The path stops
/// early (as glmnet) once at least 5 values are fitted and the explained deviance exceeds 0.999 or grows by less
/// than 1e-5 from one λ to the next.</para>
/// <para>Solver: glmnet's lognet algorithm (<see cref="LogisticCoordinateDescent"/>): IRLS outer steps with weights
/// v_i = p_i(1 − p_i)/n, each solved by cyclic coordinate descent with naive updates of the weighted working residual,
/// active-set iteration, sequential strong rules with a KKT check, and warm starts along the path; converged when the
/// largest v-weighted squared coefficient change is below Tolerance (scaled by the null deviance as glmnet does).
/// Where coordinate descent converges slowly (strongly correlated features) a λ is finished by exact Newton steps.</para>
/// <para>Cross-validation: every fold is fitted on its training rows (standardised on them) along its own λ sequence,
/// as cv.glmnet does, and its coefficients at the full-data λ values are interpolated (<see cref="LogisticLassoPath.At"/>); the held-out loss per row is averaged within folds; CvMean is the fold-size-weighted mean and
/// CvStandardError = √(Σ_f n_f (L_f − CvMean)² / Σ n_f / (K − 1)). λ.min is the largest λ reaching the best CvMean,
/// λ.1se the largest λ with CvMean ≤ CvMean(λ.min) + CvStandardError(λ.min) (signs flipped for AUC).</para>
/// </remarks>
public static class LogisticLasso
{
    private const double ProbabilityClamp = 1e-5;


    /// <summary>Fits the λ path on all rows.</summary>
    public static LogisticLassoPath Path(double[][] x, IReadOnlyList<int> y, LogisticLassoOptions? options = null, IReadOnlyList<string>? featureNames = null)
    {
        options ??= new LogisticLassoOptions();
        var (cols, names) = Check(x, y, options, featureNames);
        return FitPath(cols, y, Enumerable.Range(0, x.Length).ToArray(), options, names, options.Lambda);
    }

    /// <summary>Fits the path on all rows and cross-validates it over the folds given by <paramref name="foldIds"/>.</summary>
    public static LogisticLassoCvModel CrossValidate(double[][] x, IReadOnlyList<int> y, IReadOnlyList<int> foldIds,
        LogisticLassoOptions? options = null, IReadOnlyList<string>? featureNames = null)
    {
        options ??= new LogisticLassoOptions();
        var (cols, names) = Check(x, y, options, featureNames);
        if (foldIds.Count != x.Length) throw new ModelInputException($"{foldIds.Count} fold ids for {x.Length} rows; give one fold id per row");
        var path = FitPath(cols, y, Enumerable.Range(0, x.Length).ToArray(), options, names, options.Lambda);
        var folds = KFold.ByFoldIds(foldIds).ToArray();
        int nl = path.Lambda.Length;
        for (int f = 0; f < folds.Length; f++)
        {
            var (train, test) = folds[f];
            if (train.All(i => y[i] == y[train[0]]))
                throw new ModelInputException($"fold {f + 1}: its training rows hold a single outcome class; use fewer folds or stratified fold ids");
            if (options.Measure == CvMeasure.Auc && test.All(i => y[i] == y[test[0]]))
                throw new ModelInputException($"fold {f + 1} holds a single outcome class; AUC is undefined there — use deviance or stratified fold ids");
        }
        var foldLoss = new double[folds.Length][];
        var foldWeight = new double[folds.Length];
        // Folds are independent fits, each writing only its own slot, so the result does not depend on the threads.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, folds.Length, parallel, f =>
        {
            var (train, test) = folds[f];
            // As cv.glmnet (4.1): each fold fits its own λ sequence; predictions at the full-data λ are interpolated.
            var fit = FitPath(cols, y, train, options, names, options.Lambda);
            foldLoss[f] = new double[nl];
            foldWeight[f] = test.Length;
            var testRows = test.Select(i => cols.Select(c => c[i]).ToArray()).ToArray();
            var testY = test.Select(i => y[i]).ToArray();
            for (int l = 0; l < nl; l++)
                foldLoss[f][l] = FoldLoss(fit.At(path.Lambda[l]).Score(testRows).Select(Logistic.Sigmoid).ToArray(), testY, options.Measure, f);
        });
        var (mean, se) = Summarise(foldLoss, foldWeight);
        var (iMin, i1se) = Choose(path.Lambda, mean, se, options.Measure == CvMeasure.Auc);
        return new LogisticLassoCvModel(path, foldIds.ToArray(), options.Measure, mean, se, iMin, i1se);
    }

    /// <summary>Seeded fold ids 1…k of equal sizes in shuffled order (as cv.glmnet's <c>sample(rep(1:k, length = n))</c>,
    /// but with <see cref="NumpyRandomState"/> so the assignment is reproducible outside R).</summary>
    public static int[] RandomFoldIds(int rows, int folds, int seed)
    {
        if (folds < 2 || folds > rows) throw new ModelInputException($"folds = {folds}; choose between 2 and the {rows} rows");
        var ids = Enumerable.Range(0, rows).Select(i => i % folds + 1).ToArray();
        new NumpyRandomState(seed).Shuffle(ids);
        return ids;
    }

    private static (double[][] Cols, string[] Names) Check(double[][] x, IReadOnlyList<int> y, LogisticLassoOptions o, IReadOnlyList<string>? names)
    {
        if (o.Lambdas < 1) throw new ModelInputException($"Lambdas = {o.Lambdas}; give at least 1");
        if (o.LambdaMinRatio is { } r && r is <= 0 or >= 1) throw new ModelInputException($"LambdaMinRatio = {r}; give a ratio in (0, 1)");
        if (o.MaxDegreeOfParallelism is < 1) throw new ModelInputException($"MaxDegreeOfParallelism = {o.MaxDegreeOfParallelism}; give at least 1, or leave it unset for one fold per core");
        if (o.Tolerance <= 0) throw new ModelInputException($"Tolerance = {o.Tolerance}; give a positive value");
        if (o.Lambda is { } lam && (lam.Length == 0 || lam.Any(v => !(v >= 0)) || lam.Zip(lam.Skip(1)).Any(t => t.Second > t.First)))
            throw new ModelInputException("Lambda must be a non-empty, decreasing sequence of non-negative values");
        var cols = FeatureRows.Columns(x);
        FeatureRows.CheckLength(x.Length, y.Count);
        FeatureRows.CheckBinary(y);
        return (cols, FeatureRows.Names(names, cols.Length));
    }

    private static LogisticLassoPath FitPath(double[][] cols, IReadOnlyList<int> yAll, int[] rows, LogisticLassoOptions o, string[] names, double[]? userLambda)
    {
        int n = rows.Length, p = cols.Length;
        var y = rows.Select(i => (double)yAll[i]).ToArray();
        var z = new double[p][];
        var mean = new double[p];
        var scale = new double[p];
        var active = new bool[p];
        for (int j = 0; j < p; j++)
        {
            var c = rows.Select(i => cols[j][i]).ToArray();
            mean[j] = c.Average();
            double ss = 0;
            foreach (double v in c) ss += (v - mean[j]) * (v - mean[j]);
            double sd = Math.Sqrt(ss / n);
            active[j] = sd > 1e-10 * Math.Max(1, Math.Abs(mean[j]));
            scale[j] = o.Standardize && active[j] ? sd : 1;
            for (int i = 0; i < n; i++) c[i] = (c[i] - mean[j]) / scale[j];
            z[j] = c;
        }
        double ybar = y.Average();
        double nullDev = Deviance(y, Enumerable.Repeat(Math.Log(ybar / (1 - ybar)), n).ToArray());

        double[] lambda;
        bool earlyStop = userLambda is null;
        if (userLambda is not null) lambda = userLambda;
        else
        {
            double lambdaMax = 0;
            for (int j = 0; j < p; j++)
                if (active[j])
                {
                    double g = 0;
                    for (int i = 0; i < n; i++) g += z[j][i] * (y[i] - ybar);
                    lambdaMax = Math.Max(lambdaMax, Math.Abs(g) / n);
                }
            if (lambdaMax <= 0) throw new ModelInputException("every feature is constant; the logistic lasso has nothing to select");
            double ratio = o.LambdaMinRatio ?? (n < p ? 0.01 : 1e-4);
            lambda = new double[o.Lambdas];
            double step = o.Lambdas > 1 ? Math.Pow(ratio, 1.0 / (o.Lambdas - 1)) : 1;
            double al = lambdaMax;
            for (int k = 1; k < lambda.Length; k++) { al *= step; lambda[k] = al; }
            lambda[0] = lambda.Length > 2 ? Math.Exp(2 * Math.Log(lambda[1]) - Math.Log(lambda[2])) : lambdaMax;
        }

        var solver = new LogisticCoordinateDescent(z, y, active, o.Tolerance, o.MaxIterations);
        var intercepts = new List<double>();
        var coefs = new List<double[]>();
        var devRatio = new List<double>();
        int unconverged = 0;
        for (int k = 0; k < lambda.Length; k++)
        {
            if (!solver.Solve(lambda[k])) unconverged++;
            var b = new double[p];
            double b0 = solver.Intercept;
            for (int j = 0; j < p; j++)
            {
                b[j] = solver.Beta[j] / scale[j];
                b0 -= b[j] * mean[j];
            }
            intercepts.Add(b0);
            coefs.Add(b);
            devRatio.Add(1 - Deviance(y, solver.Eta) / nullDev);
            if (earlyStop && k + 1 >= Math.Min(5, lambda.Length)
                && (devRatio[k] > 0.999 || (k > 0 && devRatio[k] - devRatio[k - 1] < 1e-5)))
                break;
        }
        return new LogisticLassoPath(names, lambda[..coefs.Count], intercepts.ToArray(), coefs.ToArray(), devRatio.ToArray(), nullDev, unconverged);
    }

    internal static double Deviance(double[] y, double[] eta)
    {
        double d = 0;
        for (int i = 0; i < y.Length; i++) d += 2 * (Softplus(eta[i]) - y[i] * eta[i]);
        return d;
    }

    internal static double Softplus(double eta) => eta > 0 ? eta + double.LogP1(Math.Exp(-eta)) : double.LogP1(Math.Exp(eta));

    private static double FoldLoss(double[] prob, int[] y, CvMeasure measure, int fold)
    {
        switch (measure)
        {
            case CvMeasure.Deviance:
                double d = 0;
                for (int i = 0; i < y.Length; i++)
                {
                    double pr = Math.Clamp(prob[i], ProbabilityClamp, 1 - ProbabilityClamp);
                    d += -2 * (y[i] == 1 ? Math.Log(pr) : Math.Log(1 - pr));
                }
                return d / y.Length;
            case CvMeasure.MisclassificationError:
                double wrong = 0;
                for (int i = 0; i < y.Length; i++) wrong += y[i] == 1 ? (prob[i] <= 0.5 ? 1 : 0) : (prob[i] > 0.5 ? 1 : 0);
                return wrong / y.Length;
            default:
                if (y.All(v => v == y[0])) throw new ModelInputException($"fold {fold + 1} holds a single outcome class; AUC is undefined there — use deviance or stratified fold ids");
                return Roc.Auc(prob, y, RocDirection.ControlsLower);
        }
    }

    private static (double[] Mean, double[] Se) Summarise(double[][] foldLoss, double[] weight)
    {
        int nl = foldLoss[0].Length, k = foldLoss.Length;
        double wsum = weight.Sum();
        var mean = new double[nl];
        var se = new double[nl];
        for (int l = 0; l < nl; l++)
        {
            for (int f = 0; f < k; f++) mean[l] += weight[f] * foldLoss[f][l];
            mean[l] /= wsum;
            double ss = 0;
            for (int f = 0; f < k; f++) ss += weight[f] * (foldLoss[f][l] - mean[l]) * (foldLoss[f][l] - mean[l]);
            se[l] = Math.Sqrt(ss / wsum / (k - 1));
        }
        return (mean, se);
    }

    private static (int Min, int OneSe) Choose(double[] lambda, double[] mean, double[] se, bool larger)
    {
        var loss = larger ? mean.Select(v => -v).ToArray() : mean;
        double best = loss.Min();
        int iMin = Enumerable.Range(0, loss.Length).Where(l => loss[l] <= best).MaxBy(l => lambda[l]);
        double bound = loss[iMin] + se[iMin];
        int i1se = Enumerable.Range(0, loss.Length).Where(l => loss[l] <= bound).MaxBy(l => lambda[l]);
        return (iMin, i1se);
    }
}
