namespace DlRadiomics.Statistics.DecisionAnalysis;

/// <summary>The decision curve of one model with the treat-all reference (treat-none is the zero line).</summary>
public sealed record DecisionCurveResult(string Name, int Count, int Events, IReadOnlyList<DecisionCurvePoint> Points)
{
    /// <summary>Table rows left out for a missing value (DataFrame entry point, listwise deletion); 0 for arrays.</summary>
    public int RowsDropped { get; init; }

    public double Prevalence => (double)Events / Count;
}
