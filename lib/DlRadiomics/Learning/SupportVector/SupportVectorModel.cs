using DlRadiomics.Numerics;
using System.Text.Json;

namespace DlRadiomics.Learning;

/// <summary>A fitted <see cref="SupportVectorLearner"/>: support vectors, dual coefficients, ρ and Platt's (A, B).</summary>
/// <param name="Options">The settings it was fitted with.</param>
/// <param name="Gamma">The γ used ('scale' resolved on the training rows).</param>
/// <param name="SupportVectorRows">Training-row indices of the support vectors, outcome-0 rows first (libsvm's order).</param>
/// <param name="SupportVectors">The support vectors themselves (in that order).</param>
/// <param name="DualCoefficients">yᵢαᵢ per support vector with libsvm's labels (+1 for outcome 0).</param>
/// <param name="Rho">ρ: libsvm's decision is Σ yᵢαᵢK(svᵢ, x) − ρ, positive towards outcome 0.</param>
/// <param name="ProbabilityA">Platt's A (libsvm's probA).</param>
/// <param name="ProbabilityB">Platt's B (libsvm's probB).</param>
/// <param name="SupportCounts">Number of support vectors with outcome 0 and with outcome 1 (scikit-learn's n_support_).</param>
public sealed record SupportVectorModel(
    SupportVectorLearner Options, double Gamma, int[] SupportVectorRows, double[][] SupportVectors, double[] DualCoefficients,
    double Rho, double ProbabilityA, double ProbabilityB, (int Outcome0, int Outcome1) SupportCounts) : IFittedModel
{
    /// <summary>The model over training rows <paramref name="x"/>, copying the support vectors out of them.</summary>
    internal static SupportVectorModel Create(SupportVectorLearner options, double gamma, int[] rows, double[][] x, double[] coefficients,
        double rho, double a, double b, (int, int) counts) =>
        new(options, gamma, rows, rows.Select(i => (double[])x[i].Clone()).ToArray(), coefficients, rho, a, b, counts);

    public string Name => Options.Name;

    public IReadOnlyDictionary<string, string> HyperParameters => Options.HyperParameters;

    public int FeatureCount => SupportVectors[0].Length;

    /// <summary>scikit-learn's <c>decision_function</c>: ρ − Σ yᵢαᵢK(svᵢ, x), positive towards outcome 1.</summary>
    public double[] DecisionFunction(double[][] x)
    {
        LearnerInput.CheckRows(Name, x, FeatureCount);
        return x.Select(row => -LibsvmDecision(SupportVectors, DualCoefficients, Rho, Gamma, row)).ToArray();
    }

    /// <summary>P(y = 1 | x): Platt's sigmoid of the decision value after libsvm's two-class coupling.</summary>
    public double[] PredictProbability(double[][] x)
    {
        LearnerInput.CheckRows(Name, x, FeatureCount);
        return x.Select(row => PlattScaling.CoupleTwoClasses(
            PlattScaling.Predict(LibsvmDecision(SupportVectors, DualCoefficients, Rho, Gamma, row), ProbabilityA, ProbabilityB)).Second).ToArray();
    }

    /// <summary>Σ cᵢ·exp(−γ‖x − svᵢ‖²) − ρ, summed in support-vector order as libsvm's predict_values.</summary>
    internal static double LibsvmDecision(double[][] supportVectors, double[] coefficients, double rho, double gamma, double[] x)
    {
        double sum = 0;
        for (int i = 0; i < supportVectors.Length; i++)
            sum += coefficients[i] * Math.Exp(-gamma * VectorMath.SquaredDistance(x, supportVectors[i]));
        return sum - rho;
    }

    public string ToJson() => ModelJson.Write(this, w =>
    {
        w.WriteNumber("gamma", Gamma);
        w.WriteNumber("rho", Rho);
        w.WriteNumber("probA", ProbabilityA);
        w.WriteNumber("probB", ProbabilityB);
        ModelJson.WriteArray(w, "nSupport", [SupportCounts.Outcome0, SupportCounts.Outcome1]);
        ModelJson.WriteArray(w, "supportVectorRows", SupportVectorRows.Select(v => (double)v));
        ModelJson.WriteArray(w, "dualCoefficients", DualCoefficients);
        ModelJson.WriteMatrix(w, "supportVectors", SupportVectors);
    });

    internal static SupportVectorModel FromJson(JsonElement root)
    {
        var state = ModelJson.State(root);
        string gamma = ModelJson.HyperParameter(root, "gamma");
        var options = new SupportVectorLearner(
            ModelJson.HyperParameterNumber(root, "C"), gamma == "scale" ? null : ModelJson.HyperParameterNumber(root, "gamma"),
            ModelJson.HyperParameterNumber(root, "tol"), ModelJson.HyperParameterBool(root, "shrinking"),
            ModelJson.HyperParameterNumber(root, "cache_size"), ModelJson.HyperParameterInt(root, "random_state"));
        var counts = ModelJson.Array(state, "nSupport");
        return new SupportVectorModel(options, ModelJson.Number(state, "gamma"),
            ModelJson.Array(state, "supportVectorRows").Select(v => (int)v).ToArray(), ModelJson.Matrix(state, "supportVectors"),
            ModelJson.Array(state, "dualCoefficients"), ModelJson.Number(state, "rho"), ModelJson.Number(state, "probA"),
            ModelJson.Number(state, "probB"), ((int)counts[0], (int)counts[1]));
    }
}
