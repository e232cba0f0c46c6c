using System.Globalization;

namespace DlRadiomics.Learning;

/// <summary>
/// A multi-layer perceptron with one hidden layer of rectified linear units and a logistic output, trained by Adam
/// on the log-loss, with scikit-learn 1.2's <c>MLPClassifier</c> defaults as ours: <c>hidden_layer_sizes=(100,)</c>,
/// <c>activation="relu"</c>, <c>solver="adam"</c>, <c>alpha=1e-4</c>, <c>batch_size=min(200, n)</c>,
/// <c>learning_rate_init=1e-3</c>, <c>beta_1=0.9</c>, <c>beta_2=0.999</c>, <c>epsilon=1e-8</c>, <c>max_iter=200</c>,
/// <c>tol=1e-4</c>, <c>n_iter_no_change=10</c>, <c>shuffle=True</c>, no early stopping; short name <c>mlp</c>.
/// </summary>
/// <remarks>
/// <para>P(y = 1 | x) = σ(w₂·relu(W₁ᵀx + b₁) + b₂). Weights start uniform in ±√(6/(fan_in + fan_out)) (Glorot; scikit-learn
/// uses the factor 6 whenever the hidden activation is not logistic, for the output layer too), drawn from
/// <c>RandomState(seed)</c> in scikit-learn's order, and the rows are reshuffled by the same stream each epoch, so
/// <see cref="Seed"/> = s starts from <c>random_state=s</c>'s weights and batches (scikit-learn's default None is not
/// reproducible; ours is 0).</para>
/// <para>Each mini-batch of B rows minimises −(1/B)Σ[y log p + (1 − y) log(1 − p)] + (α/2B)(‖W₁‖² + ‖w₂‖²), p clipped to
/// [ε, 1 − ε] with ε the float64 machine epsilon, by one Adam step: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g²,
/// θ ← θ − η√(1 − β₂ᵗ)/(1 − β₁ᵗ) · m/(√v + ε_Adam). Training stops after <see cref="MaxIterations"/> epochs, or when the
/// epoch's mean loss has failed to fall below the best loss minus <see cref="Tolerance"/> for more than
/// <see cref="IterationsNoChange"/> epochs in a row.</para>
/// </remarks>
/// <param name="HiddenUnits">Units of the hidden layer (<c>hidden_layer_sizes=(HiddenUnits,)</c>).</param>
/// <param name="Alpha">L2 penalty on the weights, not the intercepts (<c>alpha</c>).</param>
/// <param name="BatchSize">Rows per mini-batch; null for min(200, n) (<c>batch_size="auto"</c>).</param>
/// <param name="LearningRate">Adam's step size η (<c>learning_rate_init</c>).</param>
/// <param name="Beta1">Decay of the first-moment estimate (<c>beta_1</c>).</param>
/// <param name="Beta2">Decay of the second-moment estimate (<c>beta_2</c>).</param>
/// <param name="Epsilon">Adam's denominator guard (<c>epsilon</c>).</param>
/// <param name="MaxIterations">Most epochs (<c>max_iter</c>).</param>
/// <param name="Tolerance">Loss decrease that counts as progress (<c>tol</c>).</param>
/// <param name="IterationsNoChange">Epochs without progress tolerated (<c>n_iter_no_change</c>).</param>
/// <param name="Shuffle">Reshuffle the rows each epoch (<c>shuffle</c>).</param>
/// <param name="Seed">Seed of the initial weights and the shuffles (<c>random_state</c>), 0 or more.</param>
public sealed record MlpLearner(
    int HiddenUnits = 100,
    double Alpha = 1e-4,
    int? BatchSize = null,
    double LearningRate = 1e-3,
    double Beta1 = 0.9,
    double Beta2 = 0.999,
    double Epsilon = 1e-8,
    int MaxIterations = 200,
    double Tolerance = 1e-4,
    int IterationsNoChange = 10,
    bool Shuffle = true,
    int Seed = 0) : ILearner
{
    /// <inheritdoc/>
    public string Name => "mlp";

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> HyperParameters => new Dictionary<string, string>
    {
        ["hidden_layer_sizes"] = $"({HiddenUnits.ToString(CultureInfo.InvariantCulture)},)",
        ["activation"] = "relu",
        ["solver"] = "adam",
        ["alpha"] = ModelJson.Format(Alpha),
        ["batch_size"] = BatchSize is int b ? ModelJson.Format(b) : "auto",
        ["learning_rate_init"] = ModelJson.Format(LearningRate),
        ["beta_1"] = ModelJson.Format(Beta1),
        ["beta_2"] = ModelJson.Format(Beta2),
        ["epsilon"] = ModelJson.Format(Epsilon),
        ["max_iter"] = ModelJson.Format(MaxIterations),
        ["tol"] = ModelJson.Format(Tolerance),
        ["n_iter_no_change"] = ModelJson.Format(IterationsNoChange),
        ["shuffle"] = ModelJson.Format(Shuffle),
        ["random_state"] = ModelJson.Format(Seed),
    };

    /// <inheritdoc cref="ILearner.Fit"/>
    public MlpModel Fit(double[][] x, IReadOnlyList<int> y)
    {
        LearnerInput.CheckOption(Name, HiddenUnits >= 1, nameof(HiddenUnits), HiddenUnits, "at least 1");
        LearnerInput.CheckOption(Name, Alpha >= 0 && double.IsFinite(Alpha), nameof(Alpha), Alpha, "finite and 0 or more");
        LearnerInput.CheckOption(Name, BatchSize is null or >= 1, nameof(BatchSize), (object?)BatchSize ?? "null", "null (min(200, n)) or at least 1");
        LearnerInput.CheckOption(Name, LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), LearningRate, "finite and above 0");
        LearnerInput.CheckOption(Name, Beta1 is >= 0 and < 1, nameof(Beta1), Beta1, "in [0, 1)");
        LearnerInput.CheckOption(Name, Beta2 is >= 0 and < 1, nameof(Beta2), Beta2, "in [0, 1)");
        LearnerInput.CheckOption(Name, Epsilon > 0 && double.IsFinite(Epsilon), nameof(Epsilon), Epsilon, "finite and above 0");
        LearnerInput.CheckOption(Name, MaxIterations >= 1, nameof(MaxIterations), MaxIterations, "at least 1");
        LearnerInput.CheckOption(Name, Tolerance >= 0 && double.IsFinite(Tolerance), nameof(Tolerance), Tolerance, "finite and 0 or more");
        LearnerInput.CheckOption(Name, IterationsNoChange >= 1, nameof(IterationsNoChange), IterationsNoChange, "at least 1");
        LearnerInput.CheckOption(Name, Seed >= 0, nameof(Seed), Seed, "0 or more");
        LearnerInput.CheckTraining(Name, x, y);
        return new MlpTrainer(this, x, y).Train();
    }

    IFittedModel ILearner.Fit(double[][] x, IReadOnlyList<int> y) => Fit(x, y);
}
