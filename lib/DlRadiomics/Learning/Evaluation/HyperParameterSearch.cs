using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Validation;


namespace DlRadiomics.Learning.Evaluation;

/// <summary>
/// Hyper-parameter search as a learner (scikit-learn's <c>GridSearchCV</c> / <c>RandomizedSearchCV</c> with
/// <c>scoring="roc_auc"</c>): fitting runs an inner stratified k-fold over the candidates on the rows it is given,
/// keeps the candidate with the best mean fold AUC (the first on ties) and refits it on all those rows. Used as a
/// learner inside <see cref="ModelComparison"/>, the search is nested: each outer training fold tunes on its own rows.
/// </summary>
/// <param name="Candidates">The settings to try, all of one learner (same short name); <see cref="Learners.Grid"/> builds grids.</param>
/// <param name="InnerFolds">Folds of the inner stratified k-fold.</param>
/// <param name="Seed">Seed of the inner fold shuffle and of the random draw.</param>
/// <param name="RandomDraws">Random search: try only this many candidates, drawn without replacement with <paramref name="Seed"/>; null tries all (grid search).</param>
public sealed record HyperParameterSearch(IReadOnlyList<ILearner> Candidates, int InnerFolds = 3, int Seed = 0, int? RandomDraws = null) : ILearner
{
    public string Name => Candidates.Count > 0 ? Candidates[0].Name : "search";

    /// <summary>The search settings and, per hyper-parameter that varies, the values tried (separated by "|").</summary>
    public IReadOnlyDictionary<string, string> HyperParameters
    {
        get
        {
            var all = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["search"] = RandomDraws is int d ? $"random {d} of {Candidates.Count}" : $"grid of {Candidates.Count}",
                ["search.innerFolds"] = InnerFolds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            foreach (var key in Candidates.SelectMany(c => c.HyperParameters.Keys).Distinct())
            {
                var values = Candidates.Select(c => c.HyperParameters.GetValueOrDefault(key, "")).Distinct().ToArray();
                all[key] = string.Join("|", values);
            }
            return all;
        }
    }

    /// <summary>The candidates tried: all, or the seeded random draw (in candidate order).</summary>
    public IReadOnlyList<ILearner> Tried()
    {
        Validate();
        if (RandomDraws is not int draws || draws >= Candidates.Count) return Candidates;
        var order = Enumerable.Range(0, Candidates.Count).ToArray();
        new NumpyRandomState((uint)Seed).Shuffle(order);
        return order.Take(draws).Order().Select(i => Candidates[i]).ToArray();
    }

    /// <summary>Mean inner-fold AUC of each tried candidate on these rows.</summary>
    public double[] Scores(double[][] x, IReadOnlyList<int> y)
    {
        LearnerInput.CheckTraining(Name, x, y);
        var tried = Tried();
        var folds = Splits.StratifiedKFold(y, InnerFolds, Seed).ToArray();
        var scores = new double[tried.Count];
        for (int c = 0; c < tried.Count; c++)
        {
            double sum = 0;
            foreach (var (train, test) in folds)
            {
                var model = tried[c].Fit(train.Select(i => x[i]).ToArray(), train.Select(i => y[i]).ToArray());
                sum += Roc.Auc(model.PredictProbability(test.Select(i => x[i]).ToArray()), test.Select(i => y[i]).ToArray(), RocDirection.ControlsLower);
            }
            scores[c] = sum / folds.Length;
        }
        return scores;
    }

    /// <summary>Tunes on the rows and returns the best candidate refitted on all of them; its hyper-parameters say which won.</summary>
    public IFittedModel Fit(double[][] x, IReadOnlyList<int> y)
    {
        var scores = Scores(x, y);
        int best = 0;
        for (int c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
        return Tried()[best].Fit(x, y);
    }

    private void Validate()
    {
        if (Candidates is null || Candidates.Count == 0) throw new LearnerInputException("hyper-parameter search: no candidates; give at least one learner setting");
        if (Candidates.Any(c => c.Name != Candidates[0].Name))
            throw new LearnerInputException($"hyper-parameter search: candidates of different learners ({string.Join(", ", Candidates.Select(c => c.Name).Distinct())}); search one learner's settings at a time");
        if (InnerFolds < 2) throw new LearnerInputException($"hyper-parameter search: InnerFolds = {InnerFolds}; give at least 2");
        if (RandomDraws is < 1) throw new LearnerInputException($"hyper-parameter search: RandomDraws = {RandomDraws}; give at least 1, or null for the whole grid");
        if (Seed < 0) throw new LearnerInputException($"hyper-parameter search: Seed = {Seed}; give a non-negative integer");
    }
}
