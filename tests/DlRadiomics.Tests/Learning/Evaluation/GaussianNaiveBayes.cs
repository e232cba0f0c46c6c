using System.Globalization;
using System.Text.Json.Nodes;
using DlRadiomics.Learning;

namespace DlRadiomics.Tests.Learning.Evaluation;

/// <summary>
/// scikit-learn's <c>GaussianNB</c> (var_smoothing = 1e-9 × the largest feature variance, class priors from the
/// training frequencies), a small real learner for testing the evaluation machinery independently of the library's.
/// </summary>
internal sealed record GaussianNaiveBayes(string Name = "gnb", double VarSmoothing = 1e-9) : ILearner
{
    public IReadOnlyDictionary<string, string> HyperParameters =>
        new Dictionary<string, string> { ["var_smoothing"] = VarSmoothing.ToString("R", CultureInfo.InvariantCulture) };

    public IFittedModel Fit(double[][] x, IReadOnlyList<int> y)
    {
        if (x.Length != y.Count || x.Length == 0) throw new LearnerInputException($"{Name}: {x.Length} rows for {y.Count} outcomes");
        int p = x[0].Length;
        double maxVar = Enumerable.Range(0, p).Max(j => Variance(x.Select(r => r[j]).ToArray()));
        double epsilon = VarSmoothing * maxVar;
        var mean = new double[2][];
        var variance = new double[2][];
        var prior = new double[2];
        for (int c = 0; c < 2; c++)
        {
            var rows = x.Where((_, i) => y[i] == c).ToArray();
            if (rows.Length == 0) throw new LearnerInputException($"{Name}: no training row of class {c}");
            prior[c] = (double)rows.Length / x.Length;
            mean[c] = Enumerable.Range(0, p).Select(j => rows.Average(r => r[j])).ToArray();
            variance[c] = Enumerable.Range(0, p).Select(j => Variance(rows.Select(r => r[j]).ToArray()) + epsilon).ToArray();
        }
        return new Model(Name, HyperParameters, mean, variance, prior);
    }

    private static double Variance(double[] v)
    {
        double m = v.Average();
        return v.Sum(a => (a - m) * (a - m)) / v.Length;
    }

    private sealed record Model(string Name, IReadOnlyDictionary<string, string> HyperParameters, double[][] Mean, double[][] Variance, double[] Prior) : IFittedModel
    {
        public int FeatureCount => Mean[0].Length;

        public double[] PredictProbability(double[][] x) => x.Select(r =>
        {
            var joint = new double[2];
            for (int c = 0; c < 2; c++)
            {
                joint[c] = Math.Log(Prior[c]);
                for (int j = 0; j < r.Length; j++)
                    joint[c] -= 0.5 * Math.Log(2 * Math.PI * Variance[c][j]) + 0.5 * (r[j] - Mean[c][j]) * (r[j] - Mean[c][j]) / Variance[c][j];
            }
            double max = Math.Max(joint[0], joint[1]);
            double e0 = Math.Exp(joint[0] - max), e1 = Math.Exp(joint[1] - max);
            return e1 / (e0 + e1);
        }).ToArray();

        public string ToJson() => new JsonObject { ["learner"] = Name, ["state"] = new JsonObject { ["prior"] = new JsonArray(Prior.Select(v => (JsonNode)v).ToArray()) } }.ToJsonString();
    }
}
