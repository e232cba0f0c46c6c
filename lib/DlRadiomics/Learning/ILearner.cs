namespace DlRadiomics.Learning;

/// <summary>
/// A learner's settings, in the scikit-learn spirit: an immutable options record (every hyper-parameter explicit, with
/// scikit-learn's defaults as ours) that is validated once and fits a binary classifier. Fitting never changes the
/// settings and never modifies its inputs.
/// </summary>
public interface ILearner
{
    /// <summary>The short name used in tables, JSON and on the command line: lr, svm, knn, dt, rf, et, xgb, mlp, lgbm (and radscore, the recurrence study's procedure).</summary>
    string Name { get; }

    /// <summary>The hyper-parameters as they will be used, named as in scikit-learn/xgboost/LightGBM, for reports and JSON.</summary>
    IReadOnlyDictionary<string, string> HyperParameters { get; }

    /// <summary>Fits on <paramref name="x"/> (rows × features) and the 0/1 outcome <paramref name="y"/>.</summary>
    /// <exception cref="LearnerInputException">Ragged or empty rows, a non-finite value, a length mismatch, a non-0/1 or single-class outcome.</exception>
    IFittedModel Fit(double[][] x, IReadOnlyList<int> y);
}

/// <summary>A fitted binary classifier: learned state only, apart from the settings that produced it.</summary>
public interface IFittedModel
{
    /// <summary>The short name of the learner that produced the model (as <see cref="ILearner.Name"/>).</summary>
    string Name { get; }

    /// <summary>The hyper-parameters the model was fitted with.</summary>
    IReadOnlyDictionary<string, string> HyperParameters { get; }

    /// <summary>The number of features each row must have.</summary>
    int FeatureCount { get; }

    /// <summary>P(y = 1) for each row of <paramref name="x"/>.</summary>
    double[] PredictProbability(double[][] x);

    /// <summary>
    /// The model as JSON: an object with <c>learner</c> (the short name), <c>hyperParameters</c> and <c>state</c>
    /// (everything needed to predict). <see cref="FittedModelJson.Load"/> reads it back.
    /// </summary>
    string ToJson();
}
