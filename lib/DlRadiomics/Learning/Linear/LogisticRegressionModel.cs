using System.Text.Json;
using DlRadiomics.Numerics;

namespace DlRadiomics.Learning;

/// <summary>A fitted <see cref="LogisticRegressionLearner"/>: P(y = 1 | x) = 1 / (1 + e^{−(b + w·x)}).</summary>
/// <param name="Options">The settings it was fitted with.</param>
/// <param name="Coefficients">w, one per feature, on the scale of the training rows.</param>
/// <param name="Intercept">b (0 without an intercept).</param>
/// <param name="Iterations">Newton (and chord) steps taken after the L-BFGS warm start.</param>
/// <param name="Converged">Whether the step-size criterion was met within <see cref="LogisticRegressionLearner.MaxIterations"/>.</param>
public sealed record LogisticRegressionModel(
    LogisticRegressionLearner Options, double[] Coefficients, double Intercept, int Iterations, bool Converged) : IFittedModel
{
    public string Name => Options.Name;

    public IReadOnlyDictionary<string, string> HyperParameters => Options.HyperParameters;

    public int FeatureCount => Coefficients.Length;

    public double[] PredictProbability(double[][] x)
    {
        LearnerInput.CheckRows(Name, x, FeatureCount);
        return x.Select(row => Logistic.Sigmoid(Intercept + VectorMath.Dot(row, Coefficients))).ToArray();
    }

    public string ToJson() => ModelJson.Write(this, w =>
    {
        ModelJson.WriteArray(w, "coefficients", Coefficients);
        w.WriteNumber("intercept", Intercept);
        w.WriteNumber("iterations", Iterations);
        w.WriteBoolean("converged", Converged);
    });

    internal static LogisticRegressionModel FromJson(JsonElement root)
    {
        var state = ModelJson.State(root);
        var options = new LogisticRegressionLearner(
            ModelJson.HyperParameterNumber(root, "C"), ModelJson.HyperParameterBool(root, "fit_intercept"),
            ModelJson.HyperParameterInt(root, "max_iter"), ModelJson.HyperParameterNumber(root, "tol"));
        return new LogisticRegressionModel(options, ModelJson.Array(state, "coefficients"), ModelJson.Number(state, "intercept"),
            (int)ModelJson.Number(state, "iterations"), ModelJson.Member(state, "converged").GetBoolean());
    }
}
