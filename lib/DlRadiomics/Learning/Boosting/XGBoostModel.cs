using System.Text.Json;
using System.Text;

namespace DlRadiomics.Learning;

/// <summary>A fitted <see cref="XGBoostLearner"/>: libxgboost's JSON model, loaded into a booster to predict.</summary>
/// <param name="Options">The settings it was fitted with.</param>
/// <param name="FeatureCount">The number of features each row must have.</param>
/// <param name="BoosterJson">The model as XGBoosterSaveModelToBuffer wrote it (xgboost's JSON model format).</param>
public sealed record XGBoostModel(XGBoostLearner Options, int FeatureCount, string BoosterJson) : IFittedModel
{
    public string Name => Options.Name;

    public IReadOnlyDictionary<string, string> HyperParameters => Options.HyperParameters;

    /// <exception cref="NativeLibraryMissingException">libxgboost is not installed.</exception>
    public double[] PredictProbability(double[][] x)
    {
        LearnerInput.CheckRows(Name, x, FeatureCount);
        if (x.Length == 0) return [];
        using var booster = new XGBoostBooster(null);
        booster.LoadJson(Encoding.UTF8.GetBytes(BoosterJson));
        booster.SetParameter("nthread", ModelJson.Format(Options.Threads));
        using var matrix = new XGBoostMatrix(x, FeatureCount);
        return booster.Predict(matrix);
    }

    public string ToJson() => ModelJson.Write(this, w =>
    {
        w.WriteNumber("featureCount", FeatureCount);
        w.WritePropertyName("booster");
        w.WriteRawValue(BoosterJson);
    });

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
        return new XGBoostModel(options, (int)ModelJson.Number(state, "featureCount"), ModelJson.Member(state, "booster").GetRawText());
    }
}
