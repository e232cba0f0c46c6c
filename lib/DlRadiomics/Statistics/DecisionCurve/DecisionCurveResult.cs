namespace DlRadiomics.Statistics;

/// <summary>The decision curve of one model with the treat-all reference (treat-none is the zero line).</summary>
public sealed record DecisionCurveResult(string Name, int Count, int Events, IReadOnlyList<DecisionCurvePoint> Points)
{
    public double Prevalence => (double)Events / Count;
}
