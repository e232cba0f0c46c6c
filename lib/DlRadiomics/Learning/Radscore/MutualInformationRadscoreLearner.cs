using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Learning;

/// <summary>
/// The recurrence study's Radscore procedure as a learner: <see cref="MutualInformationRadscore.Fit"/> (z-scores with
/// the training means and SDs, the <paramref name="Top"/> features of largest mutual information, a logistic
/// regression on them, Firth-penalised when plain maximum likelihood separates) on the training rows. Validation
/// schemes that refit a learner per resample (<see cref="Statistics.Validation.InternalValidation"/>,
/// <see cref="Statistics.Validation.BootstrapOptimism"/>) thereby repeat the selection inside every fold or bootstrap
/// sample.
/// </summary>
/// <remarks>P(y = 1 | x) = σ(Radscore(x)), the logistic function of the Radscore's log-odds, so AUCs of the
/// probabilities are those of the Radscore.</remarks>
/// <param name="Top">Features kept (≥ 1); the paper's disc Radscore keeps 5, the muscle Radscore 7.</param>
/// <param name="Seed">Seed of the mutual-information estimate's jitter (scikit-learn's <c>random_state</c>), 0 or more; default 0.</param>
public sealed record MutualInformationRadscoreLearner(int Top, int Seed = 0) : ILearner
{
    public string Name => "radscore";

    public IReadOnlyDictionary<string, string> HyperParameters => new Dictionary<string, string>
    {
        ["top"] = ModelJson.Format(Top),
        ["seed"] = ModelJson.Format(Seed),
    };

    public IFittedModel Fit(double[][] x, IReadOnlyList<int> y)
    {
        LearnerInput.CheckOption(Name, Top >= 1, "Top", Top, "at least 1");
        LearnerInput.CheckOption(Name, Seed >= 0, "Seed", Seed, "0 or more");
        int p = LearnerInput.CheckTraining(Name, x, y);
        var radscore = MutualInformationRadscore.Fit(Name, x, y, FeatureRows.Names(null, p), Top, Seed);
        var selected = radscore.Selected.Select(s => s.Index).ToArray();
        var estimates = radscore.Model.Coefficients.Select(c => c.Estimate).ToArray();
        bool intercept = radscore.Model.Options.FitIntercept;
        return new MutualInformationRadscoreModel(this, p, selected,
            selected.Select(j => radscore.Scaling.Mean[j]).ToArray(), selected.Select(j => radscore.Scaling.Scale[j]).ToArray(),
            intercept ? estimates[0] : 0, intercept ? estimates[1..] : estimates);
    }
}
