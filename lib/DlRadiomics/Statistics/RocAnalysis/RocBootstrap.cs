using DlRadiomics.Numerics;
namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>
/// Stratified percentile bootstrap of the AUC, as pROC <c>ci.auc(method = "bootstrap", boot.stratified = TRUE)</c>:
/// each replicate resamples the cases and the controls separately with replacement (so every replicate keeps both
/// classes and their sizes), recomputes the AUC in the original curve's direction, and the interval is the
/// (1 − level)/2 and (1 + level)/2 quantiles (R type 7) of the replicate AUCs.
/// </summary>
/// <remarks>
/// The random stream is <see cref="Random"/> seeded with the given seed, so results are reproducible here but are
/// not R's draws: compare with pROC by distribution (endpoints agree to Monte-Carlo error, about 0.005 for 2000
/// replicates on a few hundred patients).
/// </remarks>
public static class RocBootstrap
{
    /// <summary>The AUCs of <paramref name="replicates"/> stratified resamples, in draw order.</summary>
    public static double[] Aucs(RocCurve curve, int replicates, int seed)
    {
        if (replicates < 1) throw new StatisticsInputException($"the number of bootstrap replicates must be positive, got {replicates}");
        var r = curve.Rank();
        var rng = new Random(seed);
        var casesAt = new int[r.Values.Length];
        var controlsAt = new int[r.Values.Length];
        var aucs = new double[replicates];
        for (int b = 0; b < replicates; b++)
        {
            Array.Clear(casesAt);
            Array.Clear(controlsAt);
            // Controls first, then cases, as pROC's stratified.ci.auc draws them.
            for (int j = 0; j < r.ControlCount; j++) controlsAt[r.ControlBins[rng.Next(r.ControlCount)]]++;
            for (int i = 0; i < r.CaseCount; i++) casesAt[r.CaseBins[rng.Next(r.CaseCount)]]++;
            aucs[b] = RankedScores.Auc(casesAt, controlsAt, r.CaseCount, r.ControlCount, curve.Direction);
        }
        return aucs;
    }

    /// <summary>Percentile interval of the stratified bootstrap AUCs.</summary>
    public static AucConfidenceInterval ConfidenceInterval(RocCurve curve, int replicates = 2000, int seed = 1, double level = 0.95)
    {
        DeLong.CheckLevel(level);
        var aucs = Aucs(curve, replicates, seed);
        Array.Sort(aucs);
        double mean = aucs.Average();
        double sd = replicates > 1 ? Math.Sqrt(aucs.Sum(a => (a - mean) * (a - mean)) / (replicates - 1)) : 0;
        return new AucConfidenceInterval(AucIntervalMethod.StratifiedBootstrap, level, curve.Auc,
            Quantiles.Type7(aucs, (1 - level) / 2), Quantiles.Type7(aucs, 0.5), Quantiles.Type7(aucs, 1 - (1 - level) / 2), sd, replicates, seed);
    }
}
