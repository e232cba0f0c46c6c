using DlRadiomics.Learning;
using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Statistics.Validation;

/// <summary>
/// Optimism-corrected AUC by the bootstrap (Harrell, Lee &amp; Mark 1996; Harrell, <i>Regression Modeling
/// Strategies</i> §5.3, as <c>rms::validate</c>), for any <see cref="ILearner"/>, scored by
/// <see cref="IFittedModel.PredictProbability"/>.
/// </summary>
/// <remarks>
/// AUC_app = AUC of f(all rows) on all rows. For b = 1…B: draw n rows with replacement (seeded
/// <see cref="NumpyRandomState"/>; samples holding one class are redrawn), fit f_b on them,
/// O_b = AUC(f_b on its sample) − AUC(f_b on all rows). Corrected AUC = AUC_app − mean(O_b). The replicates are
/// fitted on all cores (<see cref="ParallelFits"/>), with the same results as one after another.
/// </remarks>
public static class BootstrapOptimism
{
    public static BootstrapOptimismResult Run(double[][] x, IReadOnlyList<int> y, ILearner learner, int replicates = 200, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(learner);
        if (replicates < 1) throw new ModelInputException($"replicates = {replicates}; give at least 1");
        FeatureRows.Columns(x);
        FeatureRows.CheckLength(x.Length, y.Count);
        FeatureRows.CheckBinary(y);
        int n = x.Length;
        var yArr = y.ToArray();
        var apparentScores = Score(learner.Fit(x, yArr), x);
        double apparent = Roc.Auc(apparentScores, yArr, RocDirection.ControlsLower);
        var random = new NumpyRandomState(seed);
        var samples = new List<int[]>(replicates);
        int redrawn = 0;
        while (samples.Count < replicates)
        {
            var sample = new int[n];
            for (int i = 0; i < n; i++) sample[i] = random.NextInt(n);
            if (sample.All(i => yArr[i] == yArr[sample[0]]))
            {
                if (++redrawn > 100 * replicates) throw new ModelInputException("bootstrap samples keep holding a single outcome class; the outcome is too rare to bootstrap");
                continue;
            }
            samples.Add(sample);
        }
        // The samples are drawn first, in order, so the replicates are the same whatever the number of threads fitting them.
        var reps = ParallelFits.Run(samples.Count, b =>
        {
            var sample = samples[b];
            var sy = sample.Select(i => yArr[i]).ToArray();
            var sx = sample.Select(i => x[i]).ToArray();
            var model = learner.Fit(sx, sy);
            double boot = Roc.Auc(Score(model, sx), sy, RocDirection.ControlsLower);
            var original = Score(model, x);
            return new BootstrapReplicate(sample, boot, Roc.Auc(original, yArr, RocDirection.ControlsLower), original);
        });
        double optimism = reps.Average(r => r.Optimism);
        return new BootstrapOptimismResult(apparent, optimism, apparent - optimism, apparentScores, reps, redrawn);
    }

    private static double[] Score(IFittedModel model, double[][] rows)
    {
        var s = model.PredictProbability(rows);
        if (s.Length != rows.Length) throw new ModelInputException($"{model.Name} returned {s.Length} probabilities for {rows.Length} rows");
        return s;
    }
}
