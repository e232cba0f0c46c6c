using DlRadiomics.Statistics.Validation;


namespace DlRadiomics.Learning;

/// <summary>
/// Support vector classification with an RBF kernel and Platt-scaled probabilities, scikit-learn's
/// <c>SVC(probability=True, random_state=Seed)</c> (libsvm C-SVC): C = 1, γ = 'scale' = 1/(p·Var(X)) over all training
/// values, tolerance 1e-3, shrinking on, 200 MB kernel cache.
/// </summary>
/// <remarks>
/// <para>The dual is solved by <see cref="SmoSolver"/>, libsvm's SMO step for step. The decision function is
/// f(x) = Σᵢ cᵢ·exp(−γ‖x − svᵢ‖²) − ρ, positive towards outcome 1 as scikit-learn's <c>decision_function</c>.</para>
/// <para>Probabilities as libsvm computes them: the training rows are grouped by class (outcome 0 first) and shuffled
/// with libsvm's generator — MT19937 seeded by <c>RandomState(Seed).randint(2³¹ − 1)</c>, as scikit-learn derives it,
/// with Lemire's bounded integers as in scikit-learn's libsvm — and split into five folds; an SVM fitted on four folds
/// gives decision values for the fifth, and Platt's sigmoid (<see cref="PlattScaling"/>) is fitted to these
/// out-of-fold values. The final SVM is fitted on all rows; P(y = 1 | x) is the sigmoid of its decision value after
/// libsvm's two-class coupling. So the same seed gives scikit-learn's probabilities, not only its ranking.</para>
/// </remarks>
/// <param name="C">Penalty on the slack (C &gt; 0); default 1.</param>
/// <param name="Gamma">RBF width γ &gt; 0; null (default) for scikit-learn's 'scale', 1/(p·Var(X)).</param>
/// <param name="Tolerance">Stopping tolerance ε of the maximal KKT violation; default 1e-3.</param>
/// <param name="Shrinking">Whether the solver shrinks the active set; default true.</param>
/// <param name="CacheMegabytes">Kernel cache budget in MB; default 200.</param>
/// <param name="Seed">Seed of the Platt-scaling fold shuffle (0 ≤ Seed); default 0, as <c>random_state=0</c>.</param>
public sealed record SupportVectorLearner(
    double C = 1.0, double? Gamma = null, double Tolerance = 1e-3, bool Shrinking = true, double CacheMegabytes = 200, int Seed = 0)
    : ILearner
{
    private const int PlattFolds = 5;

    public string Name => "svm";

    public IReadOnlyDictionary<string, string> HyperParameters => new Dictionary<string, string>
    {
        ["kernel"] = "rbf",
        ["C"] = ModelJson.Format(C),
        ["gamma"] = Gamma is double g ? ModelJson.Format(g) : "scale",
        ["tol"] = ModelJson.Format(Tolerance),
        ["shrinking"] = ModelJson.Format(Shrinking),
        ["cache_size"] = ModelJson.Format(CacheMegabytes),
        ["probability"] = "true",
        ["random_state"] = ModelJson.Format(Seed),
    };

    public IFittedModel Fit(double[][] x, IReadOnlyList<int> y)
    {
        LearnerInput.CheckOption(Name, C > 0 && double.IsFinite(C), "C", C, "a finite number > 0");
        LearnerInput.CheckOption(Name, Gamma is null || (Gamma > 0 && double.IsFinite(Gamma.Value)), "Gamma", Gamma!, "a finite number > 0, or null for 'scale'");
        LearnerInput.CheckOption(Name, Tolerance > 0, "Tolerance", Tolerance, "> 0");
        LearnerInput.CheckOption(Name, CacheMegabytes > 0, "CacheMegabytes", CacheMegabytes, "> 0");
        LearnerInput.CheckOption(Name, Seed >= 0, "Seed", Seed, "≥ 0");
        int p = LearnerInput.CheckTraining(Name, x, y);
        double gamma = Gamma ?? ScaleGamma(x, p);
        var kernel = new RbfKernelCache(x, gamma, CacheMegabytes);

        // libsvm's problem for the class pair (0, 1): outcome-0 rows first (label +1), then outcome-1 rows (label −1).
        var rows = Enumerable.Range(0, x.Length).Where(i => y[i] == 0).Concat(Enumerable.Range(0, x.Length).Where(i => y[i] == 1)).ToArray();
        var labels = rows.Select(i => y[i] == 0 ? (sbyte)1 : (sbyte)-1).ToArray();

        var (a, b) = PlattScaling.Fit(CrossValidatedDecisions(x, kernel, rows, labels), labels.Select(v => v > 0).ToArray());
        var (supportVectors, coefficients, rho) = Train(x, kernel, rows, labels);
        return SupportVectorModel.Create(this, gamma, supportVectors, x, coefficients, rho, a, b,
            (supportVectors.Count(v => y[v] == 0), supportVectors.Count(v => y[v] == 1)));
    }

    /// <summary>γ = 1/(p·Var(X)) with the variance of all n·p training values (population), 1 when they are all equal.</summary>
    private static double ScaleGamma(double[][] x, int p)
    {
        double sum = 0;
        foreach (var row in x) foreach (double v in row) sum += v;
        double mean = sum / ((double)x.Length * p), squares = 0;
        foreach (var row in x) foreach (double v in row) squares += (v - mean) * (v - mean);
        double variance = squares / ((double)x.Length * p);
        return variance == 0 ? 1.0 : 1.0 / (p * variance);
    }

    /// <summary>libsvm's C-SVC on the problem rows <paramref name="rows"/>: support vectors (training row indices), their coefficients yᵢαᵢ, and ρ.</summary>
    private (int[] SupportVectors, double[] Coefficients, double Rho) Train(double[][] x, RbfKernelCache kernel, int[] rows, sbyte[] labels)
    {
        var (coefficients, rho, _) = SmoSolver.Solve(kernel, rows, labels, C, Tolerance, Shrinking);
        var support = Enumerable.Range(0, rows.Length).Where(i => Math.Abs(coefficients[i]) > 0).ToArray();
        return (support.Select(i => rows[i]).ToArray(), support.Select(i => coefficients[i]).ToArray(), rho);
    }

    /// <summary>
    /// libsvm's svm_binary_svc_probability: out-of-fold decision values (oriented towards label +1) from five SVMs
    /// fitted on shuffled folds of the problem.
    /// </summary>
    private double[] CrossValidatedDecisions(double[][] x, RbfKernelCache kernel, int[] rows, sbyte[] labels)
    {
        int l = rows.Length;
        var random = new NumpyRandomState(new NumpyRandomState((uint)Seed).NextInterval(int.MaxValue - 1));
        var perm = Enumerable.Range(0, l).ToArray();
        for (int i = 0; i < l; i++)
        {
            int j = i + (int)BoundedInt(random, (uint)(l - i));
            (perm[i], perm[j]) = (perm[j], perm[i]);
        }
        var decisions = new double[l];
        for (int fold = 0; fold < PlattFolds; fold++)
        {
            int begin = fold * l / PlattFolds, end = (fold + 1) * l / PlattFolds;
            var train = perm[..begin].Concat(perm[end..]).ToArray();
            int positives = train.Count(i => labels[i] > 0), negatives = train.Length - positives;
            if (positives == 0 || negatives == 0)
            {
                for (int j = begin; j < end; j++) decisions[perm[j]] = positives > 0 ? 1 : negatives > 0 ? -1 : 0;
                continue;
            }
            // The fold's own svm_train groups its labels in sorted order, −1 first, and solves with that class as +1;
            // its decision values are turned back towards +1 afterwards.
            var grouped = train.Where(i => labels[i] < 0).Concat(train.Where(i => labels[i] > 0)).ToArray();
            var (support, coefficients, rho) = Train(x, kernel, grouped.Select(i => rows[i]).ToArray(),
                grouped.Select(i => labels[i] < 0 ? (sbyte)1 : (sbyte)-1).ToArray());
            var vectors = support.Select(i => x[i]).ToArray();
            for (int j = begin; j < end; j++)
                decisions[perm[j]] = -SupportVectorModel.LibsvmDecision(vectors, coefficients, rho, kernel.Gamma, x[rows[perm[j]]]);
        }
        return decisions;
    }

    /// <summary>A uniform integer in [0, range): Lemire's multiply-shift with rejection, scikit-learn's libsvm <c>bounded_rand_int</c>.</summary>
    internal static uint BoundedInt(NumpyRandomState random, uint range)
    {
        ulong m = (ulong)random.NextUInt32() * range;
        uint low = (uint)m;
        if (low < range)
        {
            uint threshold = unchecked(0u - range) % range;
            while (low < threshold)
            {
                m = (ulong)random.NextUInt32() * range;
                low = (uint)m;
            }
        }
        return (uint)(m >> 32);
    }
}
