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
/// and Armijo step halving; the objective is strictly convex, so this converges to the unique optimum, typically in
/// 6–10 steps. scikit-learn's lbfgs stops on a relative objective change of 64ε, which on standardised WDBC leaves its
/// coefficients up to ~1.4·10⁻⁴ from this optimum (see the goldens in tests/…/Golden/Learning).
/// </remarks>
/// <param name="C">Inverse penalty strength (C &gt; 0); default 1.</param>
/// <param name="FitIntercept">Whether to fit the unpenalised intercept b; default true.</param>
/// <param name="MaxIterations">Newton steps at most (≥ 1); default 100.</param>
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

        var beta = new double[k];
        var prob = new double[n];
        var weight = new double[n];
        var gram = Enumerable.Range(0, k).Select(_ => new double[k]).ToArray();
        var hessian = new double[k * k];
        var gradient = new double[k];
        double objective = Objective(x, outcome, beta, p);
        int iteration = 0;
        bool converged = false;
        while (!converged && iteration < MaxIterations)
        {
            iteration++;
            for (int i = 0; i < n; i++)
            {
                prob[i] = Logistic.Sigmoid(Linear(x[i], beta, p));
                weight[i] = prob[i] * (1 - prob[i]);
            }
            for (int j = 0; j < k; j++) gradient[j] = C * (VectorMath.Dot(columns[j], prob) - VectorMath.Dot(columns[j], outcome)) + (j < p ? beta[j] : 0);
            VectorMath.WeightedGram(columns, weight, gram);
            for (int a = 0; a < k; a++)
                for (int b = 0; b < k; b++) hessian[a * k + b] = C * gram[a][b] + (a == b && a < p ? 1 : 0);
            var factor = Cholesky.TryFactor(hessian, k, out _)
                ?? throw new LearnerInputException($"{Name}: the Hessian is singular at step {iteration} (every training row is fitted with probability 0 or 1); scale the features");
            var step = factor.Solve(gradient);

            double slope = VectorMath.Dot(gradient, step), t = 1, size = step.Max(Math.Abs), scale = 1 + beta.Max(Math.Abs);
            // Near the optimum the objective changes below its rounding, so a short Newton step is taken whole.
            bool quadratic = size <= 1e-6 * scale;
            var trial = new double[k];
            while (true)
            {
                for (int j = 0; j < k; j++) trial[j] = beta[j] - t * step[j];
                double trialObjective = Objective(x, outcome, trial, p);
                if (quadratic || trialObjective <= objective - 1e-4 * t * slope) { (beta, objective) = (trial, trialObjective); break; }
                if (t < 1e-10)
                    throw new LearnerInputException($"{Name}: the line search found no descent at step {iteration}; check the features for extreme values, or scale them");
                t /= 2;
            }
            converged = size <= Tolerance * scale;
        }
        return new LogisticRegressionModel(this, beta[..p], FitIntercept ? beta[p] : 0, iteration, converged);
    }


    private static double Linear(double[] row, double[] beta, int p) => (beta.Length > p ? beta[p] : 0) + VectorMath.Dot(row, beta.AsSpan(0, p));

    // ½‖w‖² + C Σ log(1 + e^η) − yη, with log(1 + e^η) evaluated without overflow.
    private double Objective(double[][] x, double[] outcome, double[] beta, int p)
    {
        double loss = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double eta = Linear(x[i], beta, p);
            loss += -Logistic.LogSigmoid(-eta) - outcome[i] * eta;
        }
        double penalty = 0;
        for (int j = 0; j < p; j++) penalty += beta[j] * beta[j];
        return 0.5 * penalty + C * loss;
    }
}
