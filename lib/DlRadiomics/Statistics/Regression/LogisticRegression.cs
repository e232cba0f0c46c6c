using DlRadiomics.Numerics;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Regression;

/// <summary>Binary logistic regression by Newton–Raphson (IRLS), optionally with Firth's penalty.</summary>
/// <remarks>
/// pᵢ = σ(xᵢᵀβ), ℓ(β) = Σ yᵢ log pᵢ + (1−yᵢ) log(1−pᵢ), score U = Xᵀ(y − p), information I = XᵀWX with W = diag(p(1−p)).
/// Newton step Δ = I⁻¹U, halved until the objective does not decrease. Firth (1993): U* = Xᵀ(y − p + h∘(½ − p)) with
/// hᵢ the diagonal of W^½X I⁻¹ XᵀW^½, objective ℓ(β) + ½ log|I(β)|, steps capped at 5 as in logistf.
/// SE = √diag I(β̂)⁻¹; Wald z = β/SE; CI for the odds ratio exp(β ± z₁₋α/₂ SE).
/// When the fit has not converged or some fitted probabilities are numerically 0 or 1 (R's criterion, 10·ε; 10⁻⁸ when
/// the fit has not converged), <see cref="SeparationCheck"/> decides between (quasi-)complete separation (no finite
/// estimate: <see cref="LogisticFitProblem.Separation"/>) and large but finite estimates on well separated, overlapping
/// data (<see cref="LogisticFitProblem.ExtremeProbabilities"/>, R's "fitted probabilities numerically 0 or 1 occurred",
/// a note that is never thrown).
/// </remarks>
public static class LogisticRegression
{
    /// <summary>Fits <paramref name="outcome"/> ~ <paramref name="predictors"/> on a DataFrame (see <see cref="DesignMatrix.Build"/>).</summary>
    public static LogisticRegressionModel Fit(DataFrame df, string outcome, IReadOnlyList<string> predictors, DesignOptions? design = null, LogisticRegressionOptions? options = null) =>
        Fit(DesignMatrix.Build(df, outcome, predictors, design), options);

    public static LogisticRegressionModel Fit(DesignMatrix design, LogisticRegressionOptions? options = null) =>
        Fit(design.X, design.Y, design.Encoding, design.RowsDropped, options ?? new LogisticRegressionOptions());

    /// <summary>Fits on rows × predictors (no intercept column; one is added per the options) and a 0/1 outcome.</summary>
    public static LogisticRegressionModel Fit(double[][] rows, IReadOnlyList<int> outcome, IReadOnlyList<string> names, LogisticRegressionOptions? options = null)
    {
        int p = rows.Length > 0 ? rows[0].Length : names.Count;
        var x = new double[rows.Length, p];
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i].Length != p) throw new StatisticsInputException($"logistic model: row {i + 1} has {rows[i].Length} values, row 1 has {p}; every row needs one value per predictor.");
            for (int j = 0; j < p; j++) x[i, j] = rows[i][j];
        }
        return Fit(x, outcome, names, options);
    }

    /// <summary>Fits on an n × p predictor matrix (no intercept column; one is added per the options) and a 0/1 outcome.</summary>
    public static LogisticRegressionModel Fit(double[,] x, IReadOnlyList<int> outcome, IReadOnlyList<string> names, LogisticRegressionOptions? options = null)
    {
        if (names.Count != x.GetLength(1))
            throw new StatisticsInputException($"logistic model: {names.Count} names for {x.GetLength(1)} predictor columns.");
        return Fit(x, outcome.Select(v => (double)v).ToArray(), DesignEncoding.Numeric(names), 0, options ?? new LogisticRegressionOptions());
    }

    private static LogisticRegressionModel Fit(double[,] x, IReadOnlyList<double> y, DesignEncoding encoding, int rowsDropped, LogisticRegressionOptions options)
    {
        options.Validate();
        var names = (options.FitIntercept ? new[] { "(Intercept)" } : []).Concat(encoding.ColumnNames).ToArray();
        var data = Validate(x, y, names, options.FitIntercept);
        bool firth = options.Penalty == LogisticPenalty.Firth;
        int k = data.K;
        var (beta, state, iterations, converged) = Maximize(data, new double[k], firth, -1, options);
        if (state.Factor is null) throw Singular(names, state.FailedPivot); // only the start can fail: later states are accepted steps

        var warnings = Problems(data, state, names, beta, converged, firth, options.MaxIterations);
        if (warnings.FirstOrDefault(w => w.Problem != LogisticFitProblem.ExtremeProbabilities) is { } problem && options.OnProblem == FitProblemHandling.Throw)
            throw new LogisticFitException(problem.Problem, problem.Message);

        var covariance = state.Factor!.Inverse();
        double zCrit = Distributions.NormalQuantile(0.5 + options.ConfidenceLevel / 2);
        var coefficients = new LogisticCoefficient[k];
        for (int j = 0; j < k; j++)
        {
            double se = Math.Sqrt(covariance[j, j]), z = beta[j] / se;
            var (lower, upper) = options.ConfidenceInterval == ConfidenceIntervalMethod.ProfileLikelihood
                ? ProfileInterval(data, beta, state.Objective, j, se, zCrit, firth, options)
                : (beta[j] - zCrit * se, beta[j] + zCrit * se);
            coefficients[j] = new LogisticCoefficient(names[j], beta[j], se, z, 2 * Distributions.NormalUpperTail(Math.Abs(z)),
                Math.Exp(beta[j]), Math.Exp(lower), Math.Exp(upper));
        }
        double events = y.Sum(), n = y.Count;
        double nullLogLik = options.FitIntercept
            ? events * Math.Log(events / n) + (n - events) * Math.Log(1 - events / n)
            : n * Math.Log(0.5);
        return new LogisticRegressionModel(coefficients, covariance, state.LogLikelihood, state.Objective, nullLogLik,
            data.N, rowsDropped, iterations, converged, warnings, encoding, options);
    }

    /// <summary>
    /// Newton–Raphson on the (penalised) log-likelihood from <paramref name="start"/>; with <paramref name="fixedIndex"/> ≥ 0
    /// that coefficient stays at its start value and the others are maximised (profile likelihood).
    /// </summary>
    private static (double[] Beta, EvaluatedState State, int Iterations, bool Converged) Maximize(LogisticData data, double[] start, bool firth, int fixedIndex, LogisticRegressionOptions options)
    {
        int k = data.K;
        var beta = (double[])start.Clone();
        var state = data.Evaluate(beta, firth);
        int iterations = 0;
        bool converged = false;
        while (iterations < options.MaxIterations && state.Factor is not null)
        {
            iterations++;
            var score = data.Score(state, firth);
            double[] delta;
            if (fixedIndex < 0) delta = state.Factor.Solve(score);
            else
            {
                var free = Enumerable.Range(0, k).Where(j => j != fixedIndex).ToArray();
                var sub = new double[free.Length * free.Length];
                for (int a = 0; a < free.Length; a++)
                    for (int b = 0; b <= a; b++) sub[a * free.Length + b] = state.Info[free[a] * k + free[b]];
                var factor = Cholesky.TryFactor(sub, free.Length, out _);
                if (factor is null) break;
                var partial = factor.Solve(free.Select(j => score[j]).ToArray());
                delta = new double[k];
                for (int a = 0; a < free.Length; a++) delta[free[a]] = partial[a];
            }
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
        return (beta, state, iterations, converged);
    }

    /// <summary>
    /// Profile-likelihood interval of coefficient j: the β_j where 2(ℓ*(β̂) − max_{β₋ⱼ} ℓ*(β)) = z²₁₋α/₂, found on each side
    /// by bracketing outward from the Wald bound and then the Illinois false-position method. An unbounded side is ±∞.
    /// </summary>
    private static (double Lower, double Upper) ProfileInterval(LogisticData data, double[] beta, double maximum, int j, double se, double zCrit, bool firth, LogisticRegressionOptions options)
    {
        double target = maximum - zCrit * zCrit / 2;
        var warm = (double[])beta.Clone();
        double Gap(double b)
        {
            warm[j] = b;
            var (fitted, state, _, _) = Maximize(data, warm, firth, j, options);
            if (state.Factor is not null) warm = fitted;
            return (state.Factor is null ? double.NegativeInfinity : state.Objective) - target;
        }
        double Side(int sign)
        {
            double inside = beta[j], insideGap = maximum - target;
            double outside = beta[j] + sign * zCrit * se, outsideGap = Gap(outside);
            for (int expand = 0; outsideGap > 0; expand++)
            {
                if (expand == 30) return sign * double.PositiveInfinity;
                inside = outside; insideGap = outsideGap;
                outside = beta[j] + sign * zCrit * se * Math.Pow(2, expand + 1);
                outsideGap = Gap(outside);
            }
            int retained = 0;
            for (int iteration = 0; iteration < 200; iteration++)
            {
                double b = double.IsNegativeInfinity(outsideGap) ? (inside + outside) / 2
                    : outside - outsideGap * (outside - inside) / (outsideGap - insideGap);
                double g = Gap(b);
                if (Math.Abs(outside - inside) < 1e-10 * (1 + Math.Abs(b)) || g == 0) return b;
                if (g > 0) { inside = b; insideGap = g; if (++retained >= 2) outsideGap /= 2; }
                else { outside = b; outsideGap = g; retained = 0; }
            }
            return (inside + outside) / 2;
        }
        return (Side(-1), Side(+1));
    }

    private static List<LogisticFitWarning> Problems(LogisticData data, EvaluatedState state, string[] names, double[] beta, bool converged, bool firth, int maxIterations)
    {
        var warnings = new List<LogisticFitWarning>();
        if (!firth)
        {
            double eps = converged ? 10 * Precision.MachineEpsilon : 1e-8;
            int extreme = state.P.Count(p => p < eps || p > 1 - eps);
            var separation = extreme > 0 || !converged ? SeparationCheck.Diagnose(data.A, data.Y, data.N, data.K) : null;
            if (separation is { IsSeparated: true })
            {
                var diverging = Enumerable.Range(0, beta.Length).Where(j => separation.Direction[j] != 0)
                    .Select(j => $"{names[j]} (β = {beta[j]:G4}, → {(separation.Direction[j] > 0 ? "+" : "−")}∞)");
                string how = separation.Kind == SeparationKind.Complete
                    ? $"completely separated: a linear combination of the predictors puts all {data.N} rows on their outcome's side"
                    : $"quasi-completely separated: a linear combination of the predictors puts {separation.SeparatedRows} of {data.N} rows strictly on their outcome's side and the others on the boundary";
                warnings.Add(new LogisticFitWarning(LogisticFitProblem.Separation,
                    $"logistic model: the outcome is {how}, so the maximum-likelihood estimates do not exist (they diverge: {string.Join(", ", diverging)}) and the standard errors are not finite. " +
                    "Use Firth's penalised fit (--firth / LogisticPenalty.Firth) or remove the separating predictor."));
                return warnings;
            }
            if (extreme > 0)
                warnings.Add(new LogisticFitWarning(LogisticFitProblem.ExtremeProbabilities,
                    $"logistic model: fitted probabilities numerically 0 or 1 occurred ({extreme} of {data.N} rows); the outcome is not separated, so the estimates are finite — " +
                    "the rows far from the others' risk are predicted with near certainty."));
        }
        if (!converged)
            warnings.Add(new LogisticFitWarning(LogisticFitProblem.NotConverged,
                $"logistic model: Newton–Raphson did not converge in {maxIterations} iterations; raise MaxIterations, rescale the predictors or check for separation/collinearity."));
        return warnings;
    }

    private static StatisticsInputException Singular(string[] names, int pivot) =>
        new($"logistic model: the information matrix is singular at column '{names[Math.Max(pivot, 0)]}' — it is constant or a linear combination of earlier columns (collinear, or a factor level identical to another); drop it.");

    private static LogisticData Validate(double[,] x, IReadOnlyList<double> y, string[] names, bool intercept)
    {
        int n = x.GetLength(0), p = x.GetLength(1), k = p + (intercept ? 1 : 0);
        if (y.Count != n) throw new StatisticsInputException($"logistic model: {n} predictor rows but {y.Count} outcome values.");
        int events = 0;
        for (int i = 0; i < n; i++)
        {
            if (y[i] == 1) events++;
            else if (y[i] != 0) throw new StatisticsInputException($"logistic model: outcome row {i + 1} is {y[i]}; it must be 0 or 1 (missing values must be removed first).");
        }
        if (events == 0 || events == n)
            throw new StatisticsInputException($"logistic model: the outcome has a single class (all {(events == 0 ? 0 : 1)} in {n} rows); both classes are needed.");
        if (n <= k)
            throw new StatisticsInputException($"logistic model: {n} observations for {k} parameters; at least one more observation than parameters is needed (use penalised selection such as LASSO first).");
        // column-major: column j of the design occupies a[j·n … j·n + n − 1]
        var a = new double[n * k];
        int shift = intercept ? 1 : 0;
        if (intercept) a.AsSpan(0, n).Fill(1.0);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < p; j++)
            {
                double v = x[i, j];
                if (!double.IsFinite(v))
                    throw new StatisticsInputException($"logistic model: predictor '{names[j + shift]}' row {i + 1} is {v}; remove or impute missing values first.");
                a[(j + shift) * n + i] = v;
            }
        for (int j = shift; j < k; j++)
        {
            double first = a[j * n];
            bool constant = true;
            for (int i = 1; i < n && constant; i++) constant = a[j * n + i] == first;
            if (constant && (intercept || first == 0))
                throw new StatisticsInputException($"logistic model: predictor '{names[j]}' is constant ({first}) in all {n} rows; it cannot be estimated, drop it.");
        }
        return new LogisticData(a, y.ToArray(), n, k);
    }

    private sealed record EvaluatedState(double[] P, double LogLikelihood, double Objective, Cholesky? Factor, int FailedPivot, double[]? Hat, double[] Info);

    /// <summary>Design in column-major order (K columns of length N) and the 0/1 outcome.</summary>
    private sealed record LogisticData(double[] A, double[] Y, int N, int K)
    {
        private ReadOnlySpan<double> Column(int j) => A.AsSpan(j * N, N);

        public EvaluatedState Evaluate(double[] beta, bool firth)
        {
            var eta = new double[N];
            for (int j = 0; j < K; j++) VectorMath.AddScaled(eta, beta[j], Column(j));
            var p = new double[N];
            var w = new double[N];
            double loglik = 0;
            for (int i = 0; i < N; i++)
            {
                p[i] = Logistic.Sigmoid(eta[i]);
                w[i] = p[i] * (1 - p[i]);
                loglik += Y[i] == 1 ? Logistic.LogSigmoid(eta[i]) : Logistic.LogSigmoid(-eta[i]);
            }
            var info = new double[K * K];
            var weighted = new double[N];
            for (int j = 0; j < K; j++)
            {
                VectorMath.Multiply(weighted, w, Column(j));
                for (int c = 0; c <= j; c++) info[j * K + c] = VectorMath.Dot(weighted, Column(c));
            }
            var factor = Cholesky.TryFactor(info, K, out int failed);
            if (factor is null) return new EvaluatedState(p, loglik, double.NegativeInfinity, null, failed, null, info);
            if (!firth) return new EvaluatedState(p, loglik, loglik, factor, -1, null, info);
            // h = w ∘ Σ_r (L⁻¹Xᵀ)²_r: rows of M = L⁻¹Xᵀ by forward substitution over whole columns.
            var m = new double[K * N];
            var hat = new double[N];
            for (int r = 0; r < K; r++)
            {
                var row = m.AsSpan(r * N, N);
                Column(r).CopyTo(row);
                for (int q = 0; q < r; q++) VectorMath.AddScaled(row, -factor[r, q], m.AsSpan(q * N, N));
                VectorMath.Scale(row, 1.0 / factor[r, r]);
                VectorMath.AddSquares(hat, row);
            }
            for (int i = 0; i < N; i++) hat[i] *= w[i];
            return new EvaluatedState(p, loglik, loglik + 0.5 * factor.LogDeterminant(), factor, -1, hat, info);
        }

        public double[] Score(EvaluatedState s, bool firth)
        {
            var r = new double[N];
            for (int i = 0; i < N; i++)
            {
                r[i] = Y[i] - s.P[i];
                if (firth) r[i] += s.Hat![i] * (0.5 - s.P[i]);
            }
            var u = new double[K];
            for (int j = 0; j < K; j++) u[j] = VectorMath.Dot(r, Column(j));
            return u;
        }
    }
}
