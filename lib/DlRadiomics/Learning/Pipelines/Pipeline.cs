namespace DlRadiomics.Learning.Pipelines;

/// <summary>
/// Preprocessing and selection steps followed by a learner, fitted as one learner (scikit-learn's <c>Pipeline</c>):
/// every step is fitted on the training rows only, in order, each on the previous step's output, and the learner on
/// the last output; predicting applies the fitted steps unchanged. Cross-validating a pipeline therefore refits the
/// selection inside every training fold, which keeps the held-out rows out of the selection.
/// </summary>
/// <remarks>
/// When a selection step keeps no column (no feature passes the screen, or the lasso sets every coefficient to 0),
/// the steps found nothing that predicts the outcome; the fitted pipeline is then the null model, which gives every
/// row the training event rate (<see cref="FittedPipeline.IsNullModel"/> says so).
/// </remarks>
/// <param name="Steps">The steps, in order (may be empty).</param>
/// <param name="Learner">The final learner.</param>
public sealed record Pipeline(IReadOnlyList<IPipelineStep> Steps, ILearner Learner) : ILearner
{
    /// <summary>A pipeline of <paramref name="steps"/> then <paramref name="learner"/>.</summary>
    public Pipeline(ILearner learner, params IPipelineStep[] steps) : this(steps, learner) { }

    /// <summary>The final learner's short name.</summary>
    public string Name => Learner.Name;

    /// <summary>The learner's hyper-parameters and <c>steps</c>, the steps with their settings in order.</summary>
    public IReadOnlyDictionary<string, string> HyperParameters => WithSteps(Learner.HyperParameters, Describe(Steps));

    public IFittedModel Fit(double[][] x, IReadOnlyList<int> y)
    {
        ArgumentNullException.ThrowIfNull(Learner);
        int features = LearnerInput.CheckTraining(Name, x, y);
        var fitted = new List<IFittedStep>(Steps.Count);
        var z = x;
        foreach (var step in Steps)
        {
            var f = step.Fit(z, y);
            fitted.Add(f);
            if (f.OutputCount == 0) return new FittedPipeline(features, fitted, null, y.Average(), HyperParameters);
            z = f.Transform(z);
        }
        var model = Learner.Fit(z, y);
        return new FittedPipeline(features, fitted, model, y.Average(), WithSteps(model.HyperParameters, Describe(Steps)));
    }

    internal static string Describe(IEnumerable<IPipelineStep> steps) => string.Join(" → ", steps.Select(s => s.ToString()));

    internal static IReadOnlyDictionary<string, string> WithSteps(IReadOnlyDictionary<string, string> parameters, string steps)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in parameters) all[k] = v;
        all["steps"] = steps.Length == 0 ? "none" : steps;
        return all;
    }
}
