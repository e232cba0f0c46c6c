using System.Globalization;

namespace DlRadiomics.Learning;

/// <summary>
/// Gradient-boosted trees by the real LightGBM library (its C API in the LightGBM 4.7.0 NuGet package), with LightGBM's
/// own defaults as the Python package's <c>LGBMClassifier()</c> sets them: objective binary, gbdt, 100 iterations,
/// num_leaves 31, max_depth −1 (no limit), learning_rate 0.1, min_child_samples 20, min_child_weight 1e-3,
/// min_split_gain 0, subsample 1 with subsample_freq 0 (no bagging), colsample_bytree 1, reg_alpha 0, reg_lambda 0,
/// max_bin 255.
/// </summary>
/// <remarks>
/// Deterministic for a seed: LightGBM's <c>seed</c> derives its bagging, feature-sampling and binning seeds, and
/// <c>deterministic=true</c>, <c>force_col_wise=true</c> and one thread make repeated fits bit-identical (LightGBM
/// otherwise picks row- or column-wise histograms by timing). The fitted model is LightGBM's own text model, loaded
/// back to predict. No Python LightGBM is available in Debian to generate goldens; the tests check determinism, that
/// the defaults reach LightGBM (they are echoed in its model text), and the AUC on WDBC against the other learners.
/// </remarks>
/// <param name="Rounds">Boosting iterations, n_estimators (≥ 1); default 100.</param>
/// <param name="NumLeaves">Maximum leaves per tree (≥ 2); default 31.</param>
/// <param name="MaxDepth">Maximum depth (−1 = no limit, else ≥ 1); default −1.</param>
/// <param name="LearningRate">Shrinkage (&gt; 0); default 0.1.</param>
/// <param name="MinChildSamples">Minimum rows in a leaf (≥ 1); default 20.</param>
/// <param name="MinChildWeight">Minimum hessian sum in a leaf (≥ 0); default 1e-3.</param>
/// <param name="MinSplitGain">Minimum gain to split (≥ 0); default 0.</param>
/// <param name="Subsample">Bagging fraction in (0, 1]; default 1.</param>
/// <param name="SubsampleFrequency">Bag every k iterations (0 = never); default 0.</param>
/// <param name="ColumnSampleByTree">Feature fraction per tree in (0, 1]; default 1.</param>
/// <param name="RegAlpha">L1 penalty (≥ 0); default 0.</param>
/// <param name="RegLambda">L2 penalty (≥ 0); default 0.</param>
/// <param name="MaxBin">Histogram bins per feature (≥ 2); default 255.</param>
/// <param name="Seed">LightGBM's seed (≥ 0); default 0.</param>
/// <param name="Threads">LightGBM threads (≥ 1); default 1 for bit-identical results whatever the machine.</param>
public sealed record LightGbmLearner(
    int Rounds = 100, int NumLeaves = 31, int MaxDepth = -1, double LearningRate = 0.1, int MinChildSamples = 20,
    double MinChildWeight = 1e-3, double MinSplitGain = 0, double Subsample = 1, int SubsampleFrequency = 0,
    double ColumnSampleByTree = 1, double RegAlpha = 0, double RegLambda = 0, int MaxBin = 255, int Seed = 0, int Threads = 1)
    : ILearner
{
    public string Name => "lgbm";

    public IReadOnlyDictionary<string, string> HyperParameters => new Dictionary<string, string>
    {
        ["objective"] = "binary",
        ["boosting_type"] = "gbdt",
        ["n_estimators"] = ModelJson.Format(Rounds),
        ["num_leaves"] = ModelJson.Format(NumLeaves),
        ["max_depth"] = ModelJson.Format(MaxDepth),
        ["learning_rate"] = ModelJson.Format(LearningRate),
        ["min_child_samples"] = ModelJson.Format(MinChildSamples),
        ["min_child_weight"] = ModelJson.Format(MinChildWeight),
        ["min_split_gain"] = ModelJson.Format(MinSplitGain),
        ["subsample"] = ModelJson.Format(Subsample),
        ["subsample_freq"] = ModelJson.Format(SubsampleFrequency),
        ["colsample_bytree"] = ModelJson.Format(ColumnSampleByTree),
        ["reg_alpha"] = ModelJson.Format(RegAlpha),
        ["reg_lambda"] = ModelJson.Format(RegLambda),
        ["max_bin"] = ModelJson.Format(MaxBin),
        ["random_state"] = ModelJson.Format(Seed),
        ["n_jobs"] = ModelJson.Format(Threads),
    };

    /// <summary>The parameter string in LightGBM's own names.</summary>
    internal string Parameters() => string.Join(" ",
        "objective=binary", "boosting=gbdt",
        F("num_leaves", NumLeaves), F("max_depth", MaxDepth), F("learning_rate", LearningRate),
        F("min_data_in_leaf", MinChildSamples), F("min_sum_hessian_in_leaf", MinChildWeight), F("min_gain_to_split", MinSplitGain),
        F("bagging_fraction", Subsample), F("bagging_freq", SubsampleFrequency), F("feature_fraction", ColumnSampleByTree),
        F("lambda_l1", RegAlpha), F("lambda_l2", RegLambda), F("max_bin", MaxBin), F("seed", Seed),
        F("num_threads", Threads), "deterministic=true", "force_col_wise=true", "verbosity=-1");

    private static string F(string name, double value) => $"{name}={value.ToString("R", CultureInfo.InvariantCulture)}";

    public IFittedModel Fit(double[][] x, IReadOnlyList<int> y)
    {
        LearnerInput.CheckOption(Name, Rounds >= 1, "Rounds", Rounds, "at least 1");
        LearnerInput.CheckOption(Name, NumLeaves >= 2, "NumLeaves", NumLeaves, "at least 2");
        LearnerInput.CheckOption(Name, MaxDepth == -1 || MaxDepth >= 1, "MaxDepth", MaxDepth, "−1 (no limit) or ≥ 1");
        LearnerInput.CheckOption(Name, LearningRate > 0, "LearningRate", LearningRate, "> 0");
        LearnerInput.CheckOption(Name, MinChildSamples >= 1, "MinChildSamples", MinChildSamples, "≥ 1");
        LearnerInput.CheckOption(Name, MinChildWeight >= 0, "MinChildWeight", MinChildWeight, "≥ 0");
        LearnerInput.CheckOption(Name, MinSplitGain >= 0, "MinSplitGain", MinSplitGain, "≥ 0");
        LearnerInput.CheckOption(Name, Subsample > 0 && Subsample <= 1, "Subsample", Subsample, "in (0, 1]");
        LearnerInput.CheckOption(Name, SubsampleFrequency >= 0, "SubsampleFrequency", SubsampleFrequency, "≥ 0");
        LearnerInput.CheckOption(Name, ColumnSampleByTree > 0 && ColumnSampleByTree <= 1, "ColumnSampleByTree", ColumnSampleByTree, "in (0, 1]");
        LearnerInput.CheckOption(Name, RegAlpha >= 0, "RegAlpha", RegAlpha, "≥ 0");
        LearnerInput.CheckOption(Name, RegLambda >= 0, "RegLambda", RegLambda, "≥ 0");
        LearnerInput.CheckOption(Name, MaxBin >= 2, "MaxBin", MaxBin, "≥ 2");
        LearnerInput.CheckOption(Name, Seed >= 0, "Seed", Seed, "≥ 0");
        LearnerInput.CheckOption(Name, Threads >= 1, "Threads", Threads, "≥ 1");
        int p = LearnerInput.CheckTraining(Name, x, y);
        return new LightGbmModel(this, p, LightGbmBooster.Train(x, p, y, Parameters(), Rounds));
    }
}
