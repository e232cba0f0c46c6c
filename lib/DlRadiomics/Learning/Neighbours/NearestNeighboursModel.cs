using DlRadiomics.Numerics;
using System.Text.Json;

namespace DlRadiomics.Learning;

/// <summary>A fitted <see cref="NearestNeighboursLearner"/>: the training rows and their outcomes.</summary>
/// <param name="Options">The settings it was fitted with.</param>
/// <param name="TrainingRows">The training rows (copied at fit time).</param>
/// <param name="TrainingOutcomes">Their 0/1 outcomes.</param>
public sealed record NearestNeighboursModel(NearestNeighboursLearner Options, double[][] TrainingRows, int[] TrainingOutcomes) : IFittedModel
{
    public string Name => Options.Name;

    public IReadOnlyDictionary<string, string> HyperParameters => Options.HyperParameters;

    public int FeatureCount => TrainingRows[0].Length;

    public double[] PredictProbability(double[][] x)
    {
        LearnerInput.CheckRows(Name, x, FeatureCount);
        var result = new double[x.Length];
        var nearest = new int[Options.K];
        var distance = new double[Options.K];
        for (int i = 0; i < x.Length; i++)
        {
            int count = 0;
            for (int t = 0; t < TrainingRows.Length; t++)
            {
                double d = VectorMath.SquaredDistance(x[i], TrainingRows[t]);
                if (count == nearest.Length && d >= distance[count - 1]) continue;
                // insertion into the sorted top k; '>' keeps an earlier row ahead of a later one at the same distance
                int at = count < nearest.Length ? count++ : count - 1;
                while (at > 0 && distance[at - 1] > d)
                {
                    distance[at] = distance[at - 1];
                    nearest[at] = nearest[at - 1];
                    at--;
                }
                distance[at] = d;
                nearest[at] = t;
            }
            int events = 0;
            foreach (int t in nearest) events += TrainingOutcomes[t];
            result[i] = (double)events / nearest.Length;
        }
        return result;
    }

    public string ToJson() => ModelJson.Write(this, w =>
    {
        ModelJson.WriteMatrix(w, "rows", TrainingRows);
        ModelJson.WriteArray(w, "outcomes", TrainingOutcomes.Select(v => (double)v));
    });

    internal static NearestNeighboursModel FromJson(JsonElement root)
    {
        var state = ModelJson.State(root);
        return new NearestNeighboursModel(new NearestNeighboursLearner(ModelJson.HyperParameterInt(root, "n_neighbors")),
            ModelJson.Matrix(state, "rows"), ModelJson.Array(state, "outcomes").Select(v => (int)v).ToArray());
    }
}
