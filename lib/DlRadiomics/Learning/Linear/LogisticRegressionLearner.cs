using DlRadiomics.Numerics;
using DlRadiomics.Statistics.Regression;

namespace DlRadiomics.Learning;

/// <summary>
/// L2-penalised logistic regression, scikit-learn's <c>LogisticRegression()</c>: the defaults are scikit-learn 1.2's
/// (penalty l2, C = 1, fit_intercept true), solved exactly where scikit-learn's lbfgs stops near the optimum.
/// </summary>
/// <remarks>
/// Minimises ½‖w‖² + C·Σᵢ [log(1 + e^{ηᵢ}) − yᵢηᵢ] with ηᵢ = b + w·xᵢ; the intercept b is not penalised, as in
/// scikit-learn. Newton–Raphson with the ridge term in the Hessian, H = C·X̃ᵀWX̃ + diag(1,…,1,0), W = diag(pᵢ(1 − pᵢ)),
/// and Armijo step halving; the objective is strictly convex, so this converges to the unique optimum. The k²n Gram
/// matrix of a Hessian dominates the cost on wide tables, so Newton starts from at most k/8 L-BFGS steps (k = number
/// of coefficients) and, once a step is below 10⁻³·(1 + max|β|), reuses the last Hessian factor (a chord step, within
/// that fraction of Newton's): on the 1257 × 120 benchmark table one or two Hessians instead of eight, on WDBC and
/// Pima the same optimum in about as many. scikit-learn's lbfgs stops on a relative objective change of 64ε, which on standardised WDBC leaves its
/// coefficients up to ~1.4·10⁻⁴ from this optimum (see the goldens in tests/…/Golden/Learning).
/// </remarks>
/// <param name="C">Inverse penalty strength (C &gt; 0); default 1.</param>
/// <param name="FitIntercept">Whether to fit the unpenalised intercept b; default true.</param>
/// <param name="MaxIterations">Newton (and chord) steps at most (≥ 1), after the warm start; default 100.</param>
/// <param name="Tolerance">Stop when no coefficient moves more than Tolerance·(1 + max|β|) in a step; default 1e-10.</param>
public sealed record LogisticRegressionLearner(double C = 1.0, bool FitIntercept = true, int MaxIterations = 100, double Tolerance = 1e-10)
    : ILearner
{
    public string Name => "lr";

    public IReadOnlyDictionary<string, string> HyperParameters => new Dictionary<string, string>
    {
        ["penalty"] = "l2",
        ["C"] = ModelJson.Format(C),
        ["fit_intercept"] = ModelJson.Format(FitIntercept),
        ["max_iter"] = ModelJson.Format(MaxIterations),
        ["tol"] = ModelJson.Format(Tolerance),
    };

    public IFittedModel Fit(double[][] x, IReadOnlyList<int> y)
    {
        LearnerInput.CheckOption(Name, C > 0 && double.IsFinite(C), "C", C, "a finite number > 0");
        LearnerInput.CheckOption(Name, MaxIterations >= 1, "MaxIterations", MaxIterations, "at least 1");
        LearnerInput.CheckOption(Name, Tolerance > 0, "Tolerance", Tolerance, "> 0");
        int p = LearnerInput.CheckTraining(Name, x, y);
        int n = x.Length, k = p + (FitIntercept ? 1 : 0);

        // Columns of the design X̃ (features, then a column of ones for the intercept) for the Hessian's Gram matrix.
        var columns = new double[k][];
        for (int j = 0; j < k; j++) columns[j] = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < p; j++) columns[j][i] = x[i][j];
            if (FitIntercept) columns[p][i] = 1;
        }
        var outcome = y.Select(v => (double)v).ToArray();
        var design = new Design(x, columns, outcome, columns.Select(c => VectorMath.Dot(c, outcome)).ToArray(), p);

        var beta = WarmStart(design);
        var prob = new double[n];
        var weight = new double[n];
        var gram = Enumerable.Range(0, k).Select(_ => new double[k]).ToArray();
        var hessian = new double[k * k];
        var gradient = new double[k];
        double objective = Evaluate(design, beta, prob);
        Cholesky? factor = null;
        double lastSize = double.PositiveInfinity;
        int iteration = 0;
        bool converged = false;
        while (!converged && iteration < MaxIterations)
        {
            iteration++;
            Gradient(design, beta, prob, gradient);
            double scale = 1 + beta.Max(Math.Abs);
            // After a step below ReuseBelow·scale the Hessian has changed by about that fraction, so the last factor
            // still gives a step within that fraction of Newton's (a chord step): convergence stays fast and the
            // step-size test stays valid, without another k²n Gram matrix.
            if (factor is null || lastSize > ReuseBelow * scale) factor = Factor(design, prob, weight, gram, hessian, iteration);
            var step = factor.Solve(gradient);

            double slope = VectorMath.Dot(gradient, step), t = 1, size = step.Max(Math.Abs);
            // Near the optimum the objective changes below its rounding, so a short Newton step is taken whole.
            bool quadratic = size <= 1e-6 * scale;
            var trial = new double[k];
            while (true)
            {
                for (int j = 0; j < k; j++) trial[j] = beta[j] - t * step[j];
                double trialObjective = Evaluate(design, trial, prob);
                if (quadratic || trialObjective <= objective - 1e-4 * t * slope) { (beta, objective) = (trial, trialObjective); break; }
                if (t < 1e-10)
                    throw new LearnerInputException($"{Name}: the line search found no descent at step {iteration}; check the features for extreme values, or scale them");
                t /= 2;
            }
            // A damped step means the quadratic model was poor: the next step gets a fresh Hessian.
            lastSize = t < 1 ? double.PositiveInfinity : size;
            converged = size <= Tolerance * scale;
        }
        return new LogisticRegressionModel(this, beta[..p], FitIntercept ? beta[p] : 0, iteration, converged);
    }

    /// <summary>A chord step reuses the last Hessian factor once the previous step was below this fraction of 1 + max|β|.</summary>
    private const double ReuseBelow = 1e-3;

    /// <summary>The training rows, the design's columns X̃, the outcome and X̃ᵀy, which every evaluation reads.</summary>
    private sealed record Design(double[][] Rows, double[][] Columns, double[] Outcome, double[] ColumnsTimesOutcome, int Features);

    /// <summary>
    /// The start of the Newton iterations: at most k/8 L-BFGS steps (memory 10, Armijo backtracking) from β = 0. Each
    /// costs a pass over the rows with an exponential and a logarithm per row and another for the gradient, about a
    /// tenth of a Hessian's k²n/2 on the benchmark table, so the warm start spends about one Hessian's work and leaves
    /// Newton one or two steps on a wide table; on a narrow one (k &lt; 16) it does nothing.
    /// </summary>
    private double[] WarmStart(Design design)
    {
        int k = design.Columns.Length, budget = k / 8;
        var beta = new double[k];
        if (budget < 2) return beta;
        const int memory = 10;
        var s = Enumerable.Range(0, memory).Select(_ => new double[k]).ToArray();
        var dg = Enumerable.Range(0, memory).Select(_ => new double[k]).ToArray();
        var rho = new double[memory];
        var alpha = new double[memory];
        var prob = new double[design.Rows.Length];
        var gradient = new double[k];
        var trialGradient = new double[k];
        var direction = new double[k];
        var trial = new double[k];
        double objective = Evaluate(design, beta, prob);
        Gradient(design, beta, prob, gradient);
        int stored = 0, newest = memory - 1;
        for (int iteration = 0; iteration < budget; iteration++)
        {
            // Two-loop recursion: direction = H·g with H the L-BFGS inverse-Hessian estimate.
            gradient.CopyTo(direction, 0);
            for (int i = 0; i < stored; i++)
            {
                int j = (newest - i + memory) % memory;
                alpha[j] = rho[j] * VectorMath.Dot(s[j], direction);
                VectorMath.AddScaled(direction, -alpha[j], dg[j]);
            }
            VectorMath.Scale(direction, stored > 0
                ? VectorMath.Dot(s[newest], dg[newest]) / VectorMath.Dot(dg[newest], dg[newest])
                : 1 / Math.Sqrt(VectorMath.Dot(gradient, gradient)));
            for (int i = stored - 1; i >= 0; i--)
            {
                int j = (newest - i + memory) % memory;
                VectorMath.AddScaled(direction, alpha[j] - rho[j] * VectorMath.Dot(dg[j], direction), s[j]);
            }
            double slope = VectorMath.Dot(gradient, direction), t = 1, trialObjective;
            if (!(slope > 0)) break;
            while (true)
            {
                for (int j = 0; j < k; j++) trial[j] = beta[j] - t * direction[j];
                trialObjective = Evaluate(design, trial, prob);
                if (trialObjective <= objective - 1e-4 * t * slope) break;
                t /= 2;
                if (t < 1e-10) return beta;
            }
            Gradient(design, trial, prob, trialGradient);
            int next = (newest + 1) % memory;
            for (int j = 0; j < k; j++) (s[next][j], dg[next][j]) = (trial[j] - beta[j], trialGradient[j] - gradient[j]);
            double curvature = VectorMath.Dot(s[next], dg[next]);
            if (curvature > 0) (rho[next], newest, stored) = (1 / curvature, next, Math.Min(stored + 1, memory));
            (beta, trial) = (trial, beta);
            trialGradient.CopyTo(gradient, 0);
            objective = trialObjective;
        }
        return beta;
    }

    /// <summary>The Cholesky factor of H = C·X̃ᵀWX̃ + diag(1,…,1,0) at the probabilities <paramref name="prob"/>.</summary>
    private Cholesky Factor(Design design, double[] prob, double[] weight, double[][] gram, double[] hessian, int iteration)
    {
        int k = gram.Length;
        for (int i = 0; i < prob.Length; i++) weight[i] = prob[i] * (1 - prob[i]);
        VectorMath.WeightedGram(design.Columns, weight, gram);
        for (int a = 0; a < k; a++)
            for (int b = 0; b < k; b++) hessian[a * k + b] = C * gram[a][b] + (a == b && a < design.Features ? 1 : 0);
        return Cholesky.TryFactor(hessian, k, out _)
            ?? throw new LearnerInputException($"{Name}: the Hessian is singular at step {iteration} (every training row is fitted with probability 0 or 1); scale the features");
    }

    /// <summary>∇ = C·(X̃ᵀp − X̃ᵀy) + (w, 0).</summary>
    private void Gradient(Design design, double[] beta, double[] prob, double[] gradient)
    {
        for (int j = 0; j < gradient.Length; j++)
            gradient[j] = C * (VectorMath.Dot(design.Columns[j], prob) - design.ColumnsTimesOutcome[j]) + (j < design.Features ? beta[j] : 0);
    }

    private static double Linear(double[] row, double[] beta, int p) => (beta.Length > p ? beta[p] : 0) + VectorMath.Dot(row, beta.AsSpan(0, p));

    /// <summary>½‖w‖² + C Σ log(1 + e^η) − yη at <paramref name="beta"/> (log(1 + e^η) without overflow), writing σ(ηᵢ) to <paramref name="prob"/>.</summary>
    private double Evaluate(Design design, double[] beta, double[] prob)
    {
        double loss = 0;
        for (int i = 0; i < prob.Length; i++)
        {
            double eta = Linear(design.Rows[i], beta, design.Features);
            prob[i] = Logistic.SigmoidAndSoftplus(eta, out double softplus);
            loss += softplus - design.Outcome[i] * eta;
        }
        double penalty = 0;
        for (int j = 0; j < design.Features; j++) penalty += beta[j] * beta[j];
        return 0.5 * penalty + C * loss;
    }
}
