using System.Text.Json;
using DlRadiomics.Numerics;

namespace DlRadiomics.Learning;

/// <summary>
/// A fitted <see cref="MutualInformationRadscoreLearner"/>: Radscore(x) = b + Σₖ wₖ·(x_{jₖ} − mₖ)/sₖ over the selected
/// columns jₖ with their training means mₖ and SDs sₖ, evaluated in the order of
/// <see cref="Statistics.Selection.MutualInformationRadscore.Score"/> so the values are bit-identical; P(y = 1 | x) =
/// σ(Radscore(x)).
/// </summary>
/// <param name="Options">The settings it was fitted with.</param>
/// <param name="FeatureCount">Features offered (the width of every row).</param>
/// <param name="Selected">Column indices kept, largest mutual information first.</param>
/// <param name="Mean">Training mean of each selected column.</param>
/// <param name="Scale">Training SD of each selected column.</param>
/// <param name="Intercept">b.</param>
/// <param name="Coefficients">w, one per selected column, on the z-score scale.</param>
public sealed record MutualInformationRadscoreModel(
    MutualInformationRadscoreLearner Options, int FeatureCount, int[] Selected, double[] Mean, double[] Scale, double Intercept, double[] Coefficients)
    : IFittedModel
{
    public string Name => Options.Name;

    public IReadOnlyDictionary<string, string> HyperParameters => Options.HyperParameters;

    /// <summary>The Radscore (log-odds) of each row.</summary>
    public double[] Score(double[][] x)
    {
        LearnerInput.CheckRows(Name, x, FeatureCount);
        var scores = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            double eta = Intercept;
            for (int k = 0; k < Selected.Length; k++) eta += Coefficients[k] * ((x[i][Selected[k]] - Mean[k]) / Scale[k]);
            scores[i] = eta;
        }
        return scores;
    }

    public double[] PredictProbability(double[][] x) => Score(x).Select(Logistic.Sigmoid).ToArray();

    public string ToJson() => ModelJson.Write(this, w =>
    {
        w.WriteNumber("features", FeatureCount);
        w.WriteStartArray("selected");
        foreach (int j in Selected) w.WriteNumberValue(j);
        w.WriteEndArray();
        ModelJson.WriteArray(w, "mean", Mean);
        ModelJson.WriteArray(w, "scale", Scale);
        w.WriteNumber("intercept", Intercept);
        ModelJson.WriteArray(w, "coefficients", Coefficients);
    });

    internal static MutualInformationRadscoreModel FromJson(JsonElement root)
    {
        var state = ModelJson.State(root);
        var options = new MutualInformationRadscoreLearner(ModelJson.HyperParameterInt(root, "top"), ModelJson.HyperParameterInt(root, "seed"));
        return new MutualInformationRadscoreModel(options, ModelJson.Member(state, "features").GetInt32(),
            ModelJson.Member(state, "selected").EnumerateArray().Select(v => v.GetInt32()).ToArray(),
            ModelJson.Array(state, "mean"), ModelJson.Array(state, "scale"), ModelJson.Number(state, "intercept"), ModelJson.Array(state, "coefficients"));
    }
}
