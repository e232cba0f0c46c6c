namespace DlRadiomics.Learning;

/// <summary>
/// Gradient-boosted trees by the real XGBoost library (libxgboost's C API, Debian <c>libxgboost0</c>), with the
/// defaults of the Python package 1.7.4's <c>XGBClassifier()</c>: objective binary:logistic, 100 rounds, max_depth 6,
/// learning_rate 0.3, min_child_weight 1, gamma 0, subsample 1, colsample_bytree/bylevel/bynode 1, reg_alpha 0,
/// reg_lambda 1, scale_pos_weight 1, max_delta_step 0, base_score 0.5, tree_method 'auto' (exact greedy splits on data
/// of this size); one thread (see <see cref="Threads"/>).
/// </summary>
/// <remarks>
/// Rows are passed as float32 (as the Python package converts them) with NaN as missing, the parameters are set on the
/// booster and <see cref="Rounds"/> boosting rounds run with <c>XGBoosterUpdateOneIter</c>. The fitted model keeps
/// that booster open to predict (as the Python package does) and writes libxgboost's own JSON model
/// (<c>XGBoosterSaveModelToBuffer</c>) only when saved, so predictions equal the Python package's for the same
/// parameters, seed and data. Without libxgboost, <c>Fit</c> throws
/// <see cref="NativeLibraryMissingException"/> naming <c>apt-get install libxgboost0</c>.
/// </remarks>
/// <param name="Rounds">Boosting rounds, scikit-learn's n_estimators (≥ 1); default 100.</param>
/// <param name="MaxDepth">Maximum tree depth (≥ 0; 0 = no limit); default 6.</param>
/// <param name="LearningRate">Shrinkage η in (0, 1]; default 0.3.</param>
/// <param name="MinChildWeight">Minimum hessian sum in a child (≥ 0); default 1.</param>
/// <param name="Gamma">Minimum loss reduction to split (≥ 0); default 0.</param>
/// <param name="Subsample">Row fraction per tree in (0, 1]; default 1.</param>
/// <param name="ColumnSampleByTree">Column fraction per tree in (0, 1]; default 1.</param>
/// <param name="ColumnSampleByLevel">Column fraction per level in (0, 1]; default 1.</param>
/// <param name="ColumnSampleByNode">Column fraction per split in (0, 1]; default 1.</param>
/// <param name="RegAlpha">L1 penalty on leaf weights (≥ 0); default 0.</param>
/// <param name="RegLambda">L2 penalty on leaf weights (≥ 0); default 1.</param>
/// <param name="ScalePositiveWeight">Weight of outcome-1 rows (&gt; 0); default 1.</param>
/// <param name="MaxDeltaStep">Cap on a leaf's step (≥ 0; 0 = none); default 0.</param>
/// <param name="BaseScore">Initial P(y = 1) in (0, 1); default 0.5.</param>
/// <param name="TreeMethod">auto, exact, approx or hist; default auto.</param>
/// <param name="Seed">Seed of the row and column sampling (≥ 0); default 0, the package's random_state=0.</param>
/// <param name="Threads">libxgboost's OpenMP threads (0 = all cores); default 1, unlike the package's all cores, because
/// model comparisons run folds and learners in parallel and OpenMP threads that spin-wait on busy cores slow a fit down
/// by an order of magnitude. The predictions do not depend on it.</param>
public sealed record XGBoostLearner(
    int Rounds = 100, int MaxDepth = 6, double LearningRate = 0.3, double MinChildWeight = 1, double Gamma = 0,
    double Subsample = 1, double ColumnSampleByTree = 1, double ColumnSampleByLevel = 1, double ColumnSampleByNode = 1,
    double RegAlpha = 0, double RegLambda = 1, double ScalePositiveWeight = 1, double MaxDeltaStep = 0, double BaseScore = 0.5,
    string TreeMethod = "auto", int Seed = 0, int Threads = 1) : ILearner
{
    private static readonly string[] TreeMethods = ["auto", "exact", "approx", "hist"];

    public string Name => "xgb";

    public IReadOnlyDictionary<string, string> HyperParameters => new Dictionary<string, string>
    {
        ["objective"] = "binary:logistic",
        ["n_estimators"] = ModelJson.Format(Rounds),
        ["max_depth"] = ModelJson.Format(MaxDepth),
        ["learning_rate"] = ModelJson.Format(LearningRate),
        ["min_child_weight"] = ModelJson.Format(MinChildWeight),
        ["gamma"] = ModelJson.Format(Gamma),
        ["subsample"] = ModelJson.Format(Subsample),
        ["colsample_bytree"] = ModelJson.Format(ColumnSampleByTree),
        ["colsample_bylevel"] = ModelJson.Format(ColumnSampleByLevel),
        ["colsample_bynode"] = ModelJson.Format(ColumnSampleByNode),
        ["reg_alpha"] = ModelJson.Format(RegAlpha),
        ["reg_lambda"] = ModelJson.Format(RegLambda),
        ["scale_pos_weight"] = ModelJson.Format(ScalePositiveWeight),
        ["max_delta_step"] = ModelJson.Format(MaxDeltaStep),
        ["base_score"] = ModelJson.Format(BaseScore),
        ["tree_method"] = TreeMethod,
        ["random_state"] = ModelJson.Format(Seed),
        ["n_jobs"] = ModelJson.Format(Threads),
    };

    /// <summary>The parameters as libxgboost names them (n_estimators is the number of rounds, not a parameter).</summary>
    private IEnumerable<(string Name, string Value)> BoosterParameters()
    {
        yield return ("objective", "binary:logistic");
        yield return ("max_depth", ModelJson.Format(MaxDepth));
        yield return ("eta", ModelJson.Format(LearningRate));
        yield return ("min_child_weight", ModelJson.Format(MinChildWeight));
        yield return ("gamma", ModelJson.Format(Gamma));
        yield return ("subsample", ModelJson.Format(Subsample));
        yield return ("colsample_bytree", ModelJson.Format(ColumnSampleByTree));
        yield return ("colsample_bylevel", ModelJson.Format(ColumnSampleByLevel));
        yield return ("colsample_bynode", ModelJson.Format(ColumnSampleByNode));
        yield return ("alpha", ModelJson.Format(RegAlpha));
        yield return ("lambda", ModelJson.Format(RegLambda));
        yield return ("scale_pos_weight", ModelJson.Format(ScalePositiveWeight));
        yield return ("max_delta_step", ModelJson.Format(MaxDeltaStep));
        yield return ("base_score", ModelJson.Format(BaseScore));
        yield return ("tree_method", TreeMethod);
        yield return ("seed", ModelJson.Format(Seed));
        yield return ("nthread", ModelJson.Format(Threads));
        yield return ("verbosity", "0");
    }

    public IFittedModel Fit(double[][] x, IReadOnlyList<int> y)
    {
        LearnerInput.CheckOption(Name, Rounds >= 1, "Rounds", Rounds, "at least 1");
        LearnerInput.CheckOption(Name, MaxDepth >= 0, "MaxDepth", MaxDepth, "≥ 0");
        LearnerInput.CheckOption(Name, LearningRate > 0 && LearningRate <= 1, "LearningRate", LearningRate, "in (0, 1]");
        LearnerInput.CheckOption(Name, MinChildWeight >= 0, "MinChildWeight", MinChildWeight, "≥ 0");
        LearnerInput.CheckOption(Name, Gamma >= 0, "Gamma", Gamma, "≥ 0");
        foreach (var (name, value) in new[] { ("Subsample", Subsample), ("ColumnSampleByTree", ColumnSampleByTree), ("ColumnSampleByLevel", ColumnSampleByLevel), ("ColumnSampleByNode", ColumnSampleByNode) })
            LearnerInput.CheckOption(Name, value > 0 && value <= 1, name, value, "in (0, 1]");
        LearnerInput.CheckOption(Name, RegAlpha >= 0, "RegAlpha", RegAlpha, "≥ 0");
        LearnerInput.CheckOption(Name, RegLambda >= 0, "RegLambda", RegLambda, "≥ 0");
        LearnerInput.CheckOption(Name, ScalePositiveWeight > 0, "ScalePositiveWeight", ScalePositiveWeight, "> 0");
        LearnerInput.CheckOption(Name, MaxDeltaStep >= 0, "MaxDeltaStep", MaxDeltaStep, "≥ 0");
        LearnerInput.CheckOption(Name, BaseScore > 0 && BaseScore < 1, "BaseScore", BaseScore, "in (0, 1)");
        LearnerInput.CheckOption(Name, TreeMethods.Contains(TreeMethod), "TreeMethod", TreeMethod, string.Join(", ", TreeMethods));
        LearnerInput.CheckOption(Name, Seed >= 0, "Seed", Seed, "≥ 0");
        LearnerInput.CheckOption(Name, Threads >= 0, "Threads", Threads, "≥ 0");
        int p = LearnerInput.CheckTraining(Name, x, y);

        using var training = new XGBoostMatrix(x, p, y);
        var booster = new XGBoostBooster(training);
        try
        {
            foreach (var (name, value) in BoosterParameters()) booster.SetParameter(name, value);
            for (int round = 0; round < Rounds; round++) booster.UpdateOneIteration(round, training);
        }
        catch
        {
            booster.Dispose();
            throw;
        }
        return new XGBoostModel(this, p, booster);
    }
}
