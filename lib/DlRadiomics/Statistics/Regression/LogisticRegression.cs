using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics;

/// <summary>Binary logistic regression by Newton–Raphson (IRLS), optionally with Firth's penalty.</summary>
/// <remarks>
/// pᵢ = σ(xᵢᵀβ), ℓ(β) = Σ yᵢ log pᵢ + (1−yᵢ) log(1−pᵢ), score U = Xᵀ(y − p), information I = XᵀWX with W = diag(p(1−p)).
/// Newton step Δ = I⁻¹U, halved until the objective does not decrease. Firth (1993): U* = Xᵀ(y − p + h∘(½ − p)) with
/// hᵢ the diagonal of W^½X I⁻¹ XᵀW^½, objective ℓ(β) + ½ log|I(β)|, steps capped at 5 as in logistf.
/// SE = √diag I(β̂)⁻¹; Wald z = β/SE; CI for the odds ratio exp(β ± z₁₋α/₂ SE).
/// Separation is reported when fitted probabilities are numerically 0 or 1 (R's criterion, 10·ε; 10⁻⁸ when the fit
/// has not converged).
/// </remarks>
public static class LogisticRegression
{
    /// <summary>Fits <paramref name="outcome"/> ~ <paramref name="predictors"/> on a DataFrame (see <see cref="DesignMatrix.Build"/>).</summary>
    public static LogisticRegressionModel Fit(DataFrame df, string outcome, IReadOnlyList<string> predictors, DesignOptions? design = null, LogisticRegressionOptions? options = null) =>
        Fit(DesignMatrix.Build(df, outcome, predictors, design), options);

    public static LogisticRegressionModel Fit(DesignMatrix design, LogisticRegressionOptions? options = null) =>
        Fit(design.X, design.Y, design.Encoding, design.RowsDropped, options ?? new LogisticRegressionOptions());

    /// <summary>Fits on an n × p predictor matrix (no intercept column; one is added per the options) and a 0/1 outcome.</summary>
    public static LogisticRegressionModel Fit(double[,] x, IReadOnlyList<double> y, IReadOnlyList<string> names, LogisticRegressionOptions? options = null)
    {
        if (names.Count != x.GetLength(1))
            throw new DlRadiomicsException($"logistic model: {names.Count} names for {x.GetLength(1)} predictor columns.");
        return Fit(x, y, DesignEncoding.Numeric(names), 0, options ?? new LogisticRegressionOptions());
    }

    private static LogisticRegressionModel Fit(double[,] x, IReadOnlyList<double> y, DesignEncoding encoding, int rowsDropped, LogisticRegressionOptions options)
    {
        options.Validate();
        var names = (options.FitIntercept ? new[] { "(Intercept)" } : []).Concat(encoding.ColumnNames).ToArray();
        var data = Validate(x, y, names, options.FitIntercept);
        bool firth = options.Penalty == LogisticPenalty.Firth;
        int k = data.K;
        var beta = new double[k];
        int iterations = 0;
        bool converged = false;
        var state = data.Evaluate(beta, firth);
        if (state.Factor is null) throw Singular(names, state.FailedPivot);

        while (iterations < options.MaxIterations)
        {
            iterations++;
            var delta = state.Factor!.Solve(data.Score(state, firth));
            if (firth)
            {
                double largest = delta.Max(Math.Abs);
                if (largest > 5) for (int j = 0; j < k; j++) delta[j] *= 5 / largest;
            }
            double step = 1;
            EvaluatedState? next = null;
            for (int halving = 0; halving < 40; halving++, step /= 2)
            {
                var candidate = beta.Select((b, j) => b + step * delta[j]).ToArray();
                var s = data.Evaluate(candidate, firth);
                if (s.Factor is not null && s.Objective >= state.Objective - 1e-12 * Math.Abs(state.Objective)) { next = s; beta = candidate; break; }
            }
            if (next is null) break;
            bool small = true;
            for (int j = 0; j < k; j++) if (Math.Abs(step * delta[j]) > options.Tolerance * (1 + Math.Abs(beta[j]))) { small = false; break; }
            state = next;
            if (small) { converged = true; break; }
        }

        var warnings = Problems(data, state, names, beta, converged, firth, options.MaxIterations);
        if (warnings.Count > 0 && options.OnProblem == FitProblemHandling.Throw)
            throw new LogisticFitException(warnings[0].Problem, warnings[0].Message);

        var covariance = state.Factor!.Inverse();
        double zCrit = Distributions.NormalQuantile(0.5 + options.ConfidenceLevel / 2);
        var coefficients = new LogisticCoefficient[k];
        for (int j = 0; j < k; j++)
        {
            double se = Math.Sqrt(covariance[j, j]), z = beta[j] / se;
            coefficients[j] = new LogisticCoefficient(names[j], beta[j], se, z, 2 * Distributions.NormalUpperTail(Math.Abs(z)),
                Math.Exp(beta[j]), Math.Exp(beta[j] - zCrit * se), Math.Exp(beta[j] + zCrit * se));
        }
        double events = y.Sum(), n = y.Count;
        double nullLogLik = options.FitIntercept
            ? events * Math.Log(events / n) + (n - events) * Math.Log(1 - events / n)
            : n * Math.Log(0.5);
        return new LogisticRegressionModel(coefficients, covariance, state.LogLikelihood, state.Objective, nullLogLik,
            data.N, rowsDropped, iterations, converged, warnings, encoding, options);
    }

    private static List<LogisticFitWarning> Problems(LogisticData data, EvaluatedState state, string[] names, double[] beta, bool converged, bool firth, int maxIterations)
    {
        var warnings = new List<LogisticFitWarning>();
        if (!firth)
        {
            double eps = converged ? 10 * 2.220446049250313e-16 : 1e-8;
            int separated = state.P.Count(p => p < eps || p > 1 - eps);
            if (separated > 0)
            {
                var worst = Enumerable.Range(0, beta.Length).Where(j => names[j] != "(Intercept)")
                    .OrderByDescending(j => Math.Abs(beta[j])).Take(3).Select(j => $"{names[j]} (β = {beta[j]:G4})");
                warnings.Add(new LogisticFitWarning(LogisticFitProblem.Separation,
                    $"logistic model: fitted probabilities are numerically 0 or 1 for {separated} of {data.N} rows — the outcome is (quasi-)completely separated; " +
                    $"estimates and standard errors are not finite. Largest coefficients: {string.Join(", ", worst)}. Use Firth's penalised fit (--firth / LogisticPenalty.Firth) or remove the separating predictor."));
                return warnings;
            }
        }
        if (!converged)
            warnings.Add(new LogisticFitWarning(LogisticFitProblem.NotConverged,
                $"logistic model: Newton–Raphson did not converge in {maxIterations} iterations; raise MaxIterations, rescale the predictors or check for separation/collinearity."));
        return warnings;
    }

    private static DlRadiomicsException Singular(string[] names, int pivot) =>
        new($"logistic model: the information matrix is singular at column '{names[Math.Max(pivot, 0)]}' — it is constant or a linear combination of earlier columns (collinear, or a factor level identical to another); drop it.");

    private static LogisticData Validate(double[,] x, IReadOnlyList<double> y, string[] names, bool intercept)
    {
        int n = x.GetLength(0), p = x.GetLength(1), k = p + (intercept ? 1 : 0);
        if (y.Count != n) throw new DlRadiomicsException($"logistic model: {n} predictor rows but {y.Count} outcome values.");
        int events = 0;
        for (int i = 0; i < n; i++)
        {
            if (y[i] == 1) events++;
            else if (y[i] != 0) throw new DlRadiomicsException($"logistic model: outcome row {i + 1} is {y[i]}; it must be 0 or 1 (missing values must be removed first).");
        }
        if (events == 0 || events == n)
            throw new DlRadiomicsException($"logistic model: the outcome has a single class (all {(events == 0 ? 0 : 1)} in {n} rows); both classes are needed.");
        if (n <= k)
            throw new DlRadiomicsException($"logistic model: {n} observations for {k} parameters; at least one more observation than parameters is needed (use penalised selection such as LASSO first).");
        var a = new double[n * k];
        for (int i = 0; i < n; i++)
        {
            if (intercept) a[i * k] = 1;
            for (int j = 0; j < p; j++)
            {
                double v = x[i, j];
                if (!double.IsFinite(v))
                    throw new DlRadiomicsException($"logistic model: predictor '{names[j + (intercept ? 1 : 0)]}' row {i + 1} is {v}; remove or impute missing values first.");
                a[i * k + j + (intercept ? 1 : 0)] = v;
            }
        }
        for (int j = intercept ? 1 : 0; j < k; j++)
        {
            double first = a[j];
            bool constant = true;
            for (int i = 1; i < n && constant; i++) constant = a[i * k + j] == first;
            if (constant && (intercept || first == 0))
                throw new DlRadiomicsException($"logistic model: predictor '{names[j]}' is constant ({first}) in all {n} rows; it cannot be estimated, drop it.");
        }
        return new LogisticData(a, y.ToArray(), n, k);
    }

    private sealed record EvaluatedState(double[] P, double LogLikelihood, double Objective, Cholesky? Factor, int FailedPivot, double[]? Hat);

    private sealed record LogisticData(double[] A, double[] Y, int N, int K)
    {
        public EvaluatedState Evaluate(double[] beta, bool firth)
        {
            var p = new double[N];
            var info = new double[K * K];
            double loglik = 0;
            for (int i = 0; i < N; i++)
            {
                var row = A.AsSpan(i * K, K);
                double eta = 0;
                for (int j = 0; j < K; j++) eta += row[j] * beta[j];
                p[i] = Logistic.Sigmoid(eta);
                loglik += Y[i] == 1 ? Logistic.LogSigmoid(eta) : Logistic.LogSigmoid(-eta);
                double w = p[i] * (1 - p[i]);
                if (w == 0) continue;
                for (int j = 0; j < K; j++)
                {
                    double wa = w * row[j];
                    var target = info.AsSpan(j * K, j + 1);
                    var source = row[..(j + 1)];
                    for (int m = 0; m <= j; m++) target[m] += wa * source[m];
                }
            }
            var factor = Cholesky.TryFactor(info, K, out int failed);
            if (factor is null) return new EvaluatedState(p, loglik, double.NegativeInfinity, null, failed, null);
            if (!firth) return new EvaluatedState(p, loglik, loglik, factor, -1, null);
            var hat = new double[N];
            var z = new double[K];
            for (int i = 0; i < N; i++)
            {
                A.AsSpan(i * K, K).CopyTo(z);
                factor.ForwardInPlace(z);
                double s = 0;
                for (int j = 0; j < K; j++) s += z[j] * z[j];
                hat[i] = p[i] * (1 - p[i]) * s;
            }
            return new EvaluatedState(p, loglik, loglik + 0.5 * factor.LogDeterminant(), factor, -1, hat);
        }

        public double[] Score(EvaluatedState s, bool firth)
        {
            var u = new double[K];
            for (int i = 0; i < N; i++)
            {
                double r = Y[i] - s.P[i];
                if (firth) r += s.Hat![i] * (0.5 - s.P[i]);
                var row = A.AsSpan(i * K, K);
                for (int j = 0; j < K; j++) u[j] += r * row[j];
            }
            return u;
        }
    }
}
