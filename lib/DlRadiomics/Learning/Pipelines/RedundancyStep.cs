using DlRadiomics.Statistics.Correlations;


namespace DlRadiomics.Learning.Pipelines;

/// <summary>
/// The studies' redundancy removal (<see cref="RedundancyFilter"/>): among column pairs with |Spearman ρ| &gt;
/// <paramref name="Threshold"/> on the training rows, the most redundant column is removed greedily until no such pair
/// is left. A column constant on the training rows has no defined ρ and is removed too (it carries no information).
/// </summary>
public sealed record RedundancyStep(double Threshold = 0.9) : IPipelineStep
{
    public string Name => "spearman";

    public IFittedStep Fit(double[][] x, IReadOnlyList<int> y)
    {
        int p = x[0].Length;
        var varying = Enumerable.Range(0, p).Where(j => x.Any(r => r[j] != x[0][j])).ToArray();
        var names = varying.Select(j => j.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var columns = varying.Select(j => (IReadOnlyList<double>)x.Select(r => r[j]).ToArray()).ToArray();
        var kept = varying.Length < 2 ? varying
            : RedundancyFilter.Apply(names, columns, new RedundancyFilterOptions(Threshold, CorrelationMethod.Spearman)).Kept
                .Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new ColumnSelection(Name, p, kept);
    }
}
