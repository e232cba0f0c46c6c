using System.Runtime.ExceptionServices;
using DlRadiomics.Learning;
using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Statistics.Validation;

/// <summary>
/// Cross-validation schemes of the recurrence study (leave-one-out, repeated stratified k-fold) for any
/// <see cref="ILearner"/>: the learner is refitted on each training part — so every selection step inside it (a
/// <see cref="Learning.Pipelines.Pipeline"/>, the <see cref="MutualInformationRadscoreLearner"/>) is validated too —
/// and the held-out rows are scored by <see cref="IFittedModel.PredictProbability"/>.
/// </summary>
/// <remarks>Pooled AUC per repeat: each row's out-of-fold probability, AUC by <see cref="Roc.Auc"/> with higher scores meaning a case (no direction flipping).</remarks>
public static class InternalValidation
{
    public static CrossValidationResult LeaveOneOut(double[][] x, IReadOnlyList<int> y, ILearner learner) =>
        CrossValidate(x, y, DlRadiomics.Statistics.Validation.LeaveOneOut.Split(x.Length), 1, learner);

    public static CrossValidationResult RepeatedStratifiedKFold(double[][] x, IReadOnlyList<int> y, int folds, int repeats, int seed, ILearner learner) =>
        CrossValidate(x, y, DlRadiomics.Statistics.Validation.RepeatedStratifiedKFold.Split(y, folds, repeats, seed), repeats, learner);

    /// <summary>Runs <paramref name="splits"/>, which must hold <paramref name="repeats"/> consecutive partitions of the rows.</summary>
    public static CrossValidationResult CrossValidate(double[][] x, IReadOnlyList<int> y, IEnumerable<(int[] Train, int[] Test)> splits, int repeats, ILearner learner)
    {
        ArgumentNullException.ThrowIfNull(learner);
        FeatureRows.Columns(x);
        FeatureRows.CheckLength(x.Length, y.Count);
        FeatureRows.CheckBinary(y);
        int n = x.Length;
        var oof = Enumerable.Range(0, repeats).Select(_ => Enumerable.Repeat(double.NaN, n).ToArray()).ToArray();
        // Every part is fitted first, on all cores, and then checked and pooled in order: the results and the first
        // error reported are those of fitting the parts one after another.
        var parts = splits.Select(s => (s.Train, s.Test, TrainY: s.Train.Select(i => y[i]).ToArray())).ToList();
        var fits = ParallelFits.Run(parts.Count, j =>
        {
            var (train, test, trainY) = parts[j];
            if (trainY.All(v => v == trainY[0])) return (Scores: (double[]?)null, Error: (ExceptionDispatchInfo?)null);
            try { return (learner.Fit(train.Select(i => x[i]).ToArray(), trainY).PredictProbability(test.Select(i => x[i]).ToArray()), null); }
            catch (Exception e) { return (null, ExceptionDispatchInfo.Capture(e)); }
        });
        var resamples = new List<ResamplePredictions>();
        int repeat = 0, fold = 0, covered = 0;
        foreach (var ((train, test, trainY), fit) in parts.Zip(fits))
        {
            if (repeat >= repeats) throw new ModelInputException($"the splits hold more than {repeats} partitions of the rows");
            if (trainY.All(v => v == trainY[0]))
                throw new ModelInputException($"repeat {repeat}, fold {fold}: the training rows hold a single outcome class; use fewer folds or stratified splits");
            fit.Error?.Throw();
            var scores = fit.Scores!;
            if (scores.Length != test.Length) throw new ModelInputException($"{learner.Name} returned {scores.Length} probabilities for {test.Length} rows");
            for (int k = 0; k < test.Length; k++)
            {
                if (!double.IsFinite(scores[k])) throw new ModelInputException($"{learner.Name} returned {scores[k]} for row {test[k]}");
                if (!double.IsNaN(oof[repeat][test[k]])) throw new ModelInputException($"row {test[k]} is tested twice in repeat {repeat}");
                oof[repeat][test[k]] = scores[k];
            }
            resamples.Add(new ResamplePredictions(repeat, fold, test, scores, test.Select(i => y[i]).ToArray()));
            fold++;
            covered += test.Length;
            if (covered == n) { repeat++; fold = 0; covered = 0; }
        }
        if (repeat != repeats || covered != 0) throw new ModelInputException($"the splits did not cover every row exactly once in each of {repeats} repeat(s)");
        var auc = oof.Select(s => Roc.Auc(s, y, RocDirection.ControlsLower)).ToArray();
        return new CrossValidationResult(resamples, oof, auc, auc.Average());
    }
}
