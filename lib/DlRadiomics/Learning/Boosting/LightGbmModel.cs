using System.Text.Json;

namespace DlRadiomics.Learning;

/// <summary>A fitted <see cref="LightGbmLearner"/>: LightGBM's text model, loaded into a booster to predict.</summary>
/// <param name="Options">The settings it was fitted with.</param>
/// <param name="FeatureCount">The number of features each row must have.</param>
/// <param name="ModelText">The model as LGBM_BoosterSaveModelToString wrote it (LightGBM's text model format).</param>
public sealed record LightGbmModel(LightGbmLearner Options, int FeatureCount, string ModelText) : IFittedModel
{
    public string Name => Options.Name;

    public IReadOnlyDictionary<string, string> HyperParameters => Options.HyperParameters;

    /// <exception cref="NativeLibraryMissingException">lib_lightgbm could not be loaded.</exception>
    public double[] PredictProbability(double[][] x)
    {
        LearnerInput.CheckRows(Name, x, FeatureCount);
        return x.Length == 0 ? [] : LightGbmBooster.Predict(ModelText, x, FeatureCount, $"num_threads={Options.Threads}");
    }

    public string ToJson() => ModelJson.Write(this, w =>
    {
        w.WriteNumber("featureCount", FeatureCount);
        w.WriteString("model", ModelText);
    });

    internal static LightGbmModel FromJson(JsonElement root)
    {
        var state = ModelJson.State(root);
        var options = new LightGbmLearner(
            ModelJson.HyperParameterInt(root, "n_estimators"), ModelJson.HyperParameterInt(root, "num_leaves"),
            ModelJson.HyperParameterInt(root, "max_depth"), ModelJson.HyperParameterNumber(root, "learning_rate"),
            ModelJson.HyperParameterInt(root, "min_child_samples"), ModelJson.HyperParameterNumber(root, "min_child_weight"),
            ModelJson.HyperParameterNumber(root, "min_split_gain"), ModelJson.HyperParameterNumber(root, "subsample"),
            ModelJson.HyperParameterInt(root, "subsample_freq"), ModelJson.HyperParameterNumber(root, "colsample_bytree"),
            ModelJson.HyperParameterNumber(root, "reg_alpha"), ModelJson.HyperParameterNumber(root, "reg_lambda"),
            ModelJson.HyperParameterInt(root, "max_bin"), ModelJson.HyperParameterInt(root, "random_state"),
            ModelJson.HyperParameterInt(root, "n_jobs"));
        return new LightGbmModel(options, (int)ModelJson.Number(state, "featureCount"),
            ModelJson.Member(state, "model").GetString() ?? throw new LearnerInputException("model JSON: 'model' is null"));
    }
}
