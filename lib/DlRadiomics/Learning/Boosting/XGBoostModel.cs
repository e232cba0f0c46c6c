using System.Text;
using System.Text.Json;

namespace DlRadiomics.Learning;

/// <summary>
/// A fitted <see cref="XGBoostLearner"/>: the libxgboost booster that was trained (or loaded from JSON when a saved
/// model is read), kept open to predict. Prediction is thread-safe (calls on one model are serialised); dispose the
/// model to free the booster at once, otherwise the finalizer frees it.
/// </summary>
public sealed class XGBoostModel : IFittedModel, IDisposable
{
    private readonly XGBoostBooster _booster;
    private readonly Lock _gate = new();

    internal XGBoostModel(XGBoostLearner options, int featureCount, XGBoostBooster booster) =>
        (Options, FeatureCount, _booster) = (options, featureCount, booster);

    /// <summary>The settings it was fitted with.</summary>
    public XGBoostLearner Options { get; }

    /// <inheritdoc/>
    public int FeatureCount { get; }

    /// <inheritdoc/>
    public string Name => Options.Name;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> HyperParameters => Options.HyperParameters;

    /// <summary>The model as XGBoosterSaveModelToBuffer writes it (xgboost's JSON model format).</summary>
    /// <exception cref="ObjectDisposedException">The model was disposed.</exception>
    public string BoosterJson
    {
        get
        {
            lock (_gate) return Encoding.UTF8.GetString(Open().SaveJson());
        }
    }

    /// <exception cref="NativeLibraryMissingException">libxgboost is not installed.</exception>
    /// <exception cref="ObjectDisposedException">The model was disposed.</exception>
    public double[] PredictProbability(double[][] x)
    {
        LearnerInput.CheckRows(Name, x, FeatureCount);
        if (x.Length == 0) return [];
        using var matrix = new XGBoostMatrix(x, FeatureCount);
        lock (_gate) return Open().Predict(matrix);
    }

    /// <summary>Frees the native booster; the model cannot predict afterwards.</summary>
    public void Dispose()
    {
        lock (_gate) _booster.Dispose();
    }

    public string ToJson() => ModelJson.Write(this, w =>
    {
        w.WriteNumber("featureCount", FeatureCount);
        w.WritePropertyName("booster");
        w.WriteRawValue(BoosterJson);
    });

    private XGBoostBooster Open()
    {
        ObjectDisposedException.ThrowIf(_booster.IsClosed, this);
        return _booster;
    }

    internal static XGBoostModel FromJson(JsonElement root)
    {
        var state = ModelJson.State(root);
        var options = new XGBoostLearner(
            ModelJson.HyperParameterInt(root, "n_estimators"), ModelJson.HyperParameterInt(root, "max_depth"),
            ModelJson.HyperParameterNumber(root, "learning_rate"), ModelJson.HyperParameterNumber(root, "min_child_weight"),
            ModelJson.HyperParameterNumber(root, "gamma"), ModelJson.HyperParameterNumber(root, "subsample"),
            ModelJson.HyperParameterNumber(root, "colsample_bytree"), ModelJson.HyperParameterNumber(root, "colsample_bylevel"),
            ModelJson.HyperParameterNumber(root, "colsample_bynode"), ModelJson.HyperParameterNumber(root, "reg_alpha"),
            ModelJson.HyperParameterNumber(root, "reg_lambda"), ModelJson.HyperParameterNumber(root, "scale_pos_weight"),
            ModelJson.HyperParameterNumber(root, "max_delta_step"), ModelJson.HyperParameterNumber(root, "base_score"),
            ModelJson.HyperParameter(root, "tree_method"), ModelJson.HyperParameterInt(root, "random_state"),
            ModelJson.HyperParameterInt(root, "n_jobs"));
        var booster = new XGBoostBooster(null);
        try
        {
            booster.LoadJson(Encoding.UTF8.GetBytes(ModelJson.Member(state, "booster").GetRawText()));
            booster.SetParameter("nthread", ModelJson.Format(options.Threads));
        }
        catch
        {
            booster.Dispose();
            throw;
        }
        return new XGBoostModel(options, (int)ModelJson.Number(state, "featureCount"), booster);
    }
}
