namespace DlRadiomics.Statistics.DecisionAnalysis;

/// <summary>The decision curve of one model with the treat-all reference (treat-none is the zero line).</summary>
public sealed record DecisionCurveResult(string Name, int Count, int Events, IReadOnlyList<DecisionCurvePoint> Points)
{
    /// <summary>Table rows left out for a missing value (DataFrame entry point, listwise deletion); 0 for arrays.</summary>
    public int RowsDropped { get; init; }

    public double Prevalence => (double)Events / Count;

    /// <summary>
    /// The thresholds at which the model's net benefit exceeds both treating everybody and treating nobody:
    /// NB(pt) &gt; max(treat-all NB(pt), 0), where deciding by the model does better than either default.
    /// </summary>
    public IReadOnlyList<double> UsefulThresholds => Points.Where(p => p.NetBenefit > Math.Max(p.TreatAll, 0)).Select(p => p.Threshold).ToList();
}
