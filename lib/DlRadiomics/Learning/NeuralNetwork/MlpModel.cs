using System.Text.Json;

namespace DlRadiomics.Learning;

/// <summary>A fitted <see cref="MlpLearner"/>: its settings, weights and training history.</summary>
public sealed class MlpModel : IFittedModel
{
    private readonly double[] _inputWeights, _hiddenBias, _outputWeights, _lossCurve;

    internal MlpModel(MlpLearner options, int featureCount, double[] inputWeights, double[] hiddenBias, double[] outputWeights,
        double outputBias, double[] lossCurve, bool converged)
    {
        Options = options;
        FeatureCount = featureCount;
        (_inputWeights, _hiddenBias, _outputWeights, OutputBias) = (inputWeights, hiddenBias, outputWeights, outputBias);
        _lossCurve = lossCurve;
        Converged = converged;
    }

    /// <summary>The settings the network was trained with.</summary>
    public MlpLearner Options { get; }

    /// <inheritdoc/>
    public string Name => Options.Name;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> HyperParameters => Options.HyperParameters;

    /// <inheritdoc/>
    public int FeatureCount { get; }

    /// <summary>W₁, features × hidden units, row-major: weight of feature k into unit j at [k·h + j] (<c>coefs_[0]</c>).</summary>
    public IReadOnlyList<double> InputWeights => _inputWeights;

    /// <summary>b₁ (<c>intercepts_[0]</c>).</summary>
    public IReadOnlyList<double> HiddenBias => _hiddenBias;

    /// <summary>w₂, one weight per hidden unit (<c>coefs_[1]</c>).</summary>
    public IReadOnlyList<double> OutputWeights => _outputWeights;

    /// <summary>b₂ (<c>intercepts_[1]</c>).</summary>
    public double OutputBias { get; }

    /// <summary>Mean penalised training loss after each epoch (<c>loss_curve_</c>); its length is the epochs run (<c>n_iter_</c>).</summary>
    public IReadOnlyList<double> LossCurve => _lossCurve;

    /// <summary>Training stopped because the loss stopped falling, not at <see cref="MlpLearner.MaxIterations"/> (scikit-learn then warns).</summary>
    public bool Converged { get; }

    /// <inheritdoc/>
    public double[] PredictProbability(double[][] x)
    {
        LearnerInput.CheckRows(Name, x, FeatureCount);
        int h = _hiddenBias.Length;
        var hidden = new double[h];
        var output = new double[1];
        var probability = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            MlpNetwork.Forward(x[i], 1, FeatureCount, _inputWeights, _hiddenBias, _outputWeights, OutputBias, hidden, output);
            probability[i] = output[0];
        }
        return probability;
    }

    /// <inheritdoc/>
    public string ToJson() => ModelJson.Write(this, w =>
    {
        w.WriteNumber("featureCount", FeatureCount);
        ModelJson.WriteArray(w, "inputWeights", _inputWeights);
        ModelJson.WriteArray(w, "hiddenBias", _hiddenBias);
        ModelJson.WriteArray(w, "outputWeights", _outputWeights);
        w.WriteNumber("outputBias", OutputBias);
        ModelJson.WriteArray(w, "lossCurve", _lossCurve);
        w.WriteBoolean("converged", Converged);
    });

    /// <summary>Reads the model that <see cref="ToJson"/> wrote (registered in <see cref="FittedModelJson"/> as <c>mlp</c>).</summary>
    internal static MlpModel FromJson(JsonElement root)
    {
        var options = new MlpLearner(
            HiddenUnits: ParseUnits(ModelJson.HyperParameter(root, "hidden_layer_sizes")),
            Alpha: ModelJson.HyperParameterNumber(root, "alpha"),
            BatchSize: ModelJson.HyperParameter(root, "batch_size") == "auto" ? null : ModelJson.HyperParameterInt(root, "batch_size"),
            LearningRate: ModelJson.HyperParameterNumber(root, "learning_rate_init"),
            Beta1: ModelJson.HyperParameterNumber(root, "beta_1"),
            Beta2: ModelJson.HyperParameterNumber(root, "beta_2"),
            Epsilon: ModelJson.HyperParameterNumber(root, "epsilon"),
            MaxIterations: ModelJson.HyperParameterInt(root, "max_iter"),
            Tolerance: ModelJson.HyperParameterNumber(root, "tol"),
            IterationsNoChange: ModelJson.HyperParameterInt(root, "n_iter_no_change"),
            Shuffle: ModelJson.HyperParameterBool(root, "shuffle"),
            Seed: ModelJson.HyperParameterInt(root, "random_state"));
        var state = ModelJson.State(root);
        int features = (int)ModelJson.Number(state, "featureCount");
        var w1 = ModelJson.Array(state, "inputWeights");
        var b1 = ModelJson.Array(state, "hiddenBias");
        var w2 = ModelJson.Array(state, "outputWeights");
        if (b1.Length != options.HiddenUnits || w2.Length != options.HiddenUnits || w1.Length != features * options.HiddenUnits)
            throw new LearnerInputException(
                $"mlp model JSON: {w1.Length} input weights, {b1.Length} hidden biases and {w2.Length} output weights do not fit {features} features and {options.HiddenUnits} hidden units");
        return new MlpModel(options, features, w1, b1, w2, ModelJson.Number(state, "outputBias"), ModelJson.Array(state, "lossCurve"),
            ModelJson.Member(state, "converged").GetBoolean());
    }

    private static int ParseUnits(string text) =>
        int.TryParse(text.Trim('(', ')', ','), out int units) ? units
            : throw new LearnerInputException($"mlp model JSON: hidden_layer_sizes is '{text}'; expected one layer, as '(100,)'");
}
