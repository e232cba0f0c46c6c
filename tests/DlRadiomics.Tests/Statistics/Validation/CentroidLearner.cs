using System.Text.Json.Nodes;
using DlRadiomics.Learning;
using DlRadiomics.Numerics;

namespace DlRadiomics.Tests.Statistics.Validation;

/// <summary>
/// Projection on the difference of class centroids, w = x̄₁ − x̄₀, with P(y = 1 | x) = σ(w·x): a fast learner that
/// overfits noise features, for testing the validation schemes independently of the library's learners.
/// </summary>
internal sealed record CentroidLearner : ILearner
{
    public string Name => "centroid";

    public IReadOnlyDictionary<string, string> HyperParameters => new Dictionary<string, string>();

    public IFittedModel Fit(double[][] x, IReadOnlyList<int> y)
    {
        int p = x[0].Length;
        var w = new double[p];
        for (int j = 0; j < p; j++)
            w[j] = x.Where((_, i) => y[i] == 1).Average(r => r[j]) - x.Where((_, i) => y[i] == 0).Average(r => r[j]);
        return new Model(w);
    }

    private sealed record Model(double[] Weights) : IFittedModel
    {
        public string Name => "centroid";

        public IReadOnlyDictionary<string, string> HyperParameters => new Dictionary<string, string>();

        public int FeatureCount => Weights.Length;

        public double[] PredictProbability(double[][] x) => x.Select(r => Logistic.Sigmoid(r.Select((v, j) => v * Weights[j]).Sum())).ToArray();

        public string ToJson() => new JsonObject { ["learner"] = Name, ["state"] = new JsonObject { ["weights"] = new JsonArray(Weights.Select(v => (JsonNode)v).ToArray()) } }.ToJsonString();
    }
}
