namespace DlRadiomics.Notebooks.Runner;

/// <summary>
/// Namespaces every notebook cell sees without a using line: the cohort, table and figure namespaces, every
/// <c>DlRadiomics.Statistics.*</c> namespace (so <c>Roc.Curve(...)</c>, <c>Discrimination.Summarize(...)</c>,
/// <c>DecisionCurve.Compute(...)</c> work as typed) and Microsoft.Data.Analysis for <c>DataFrame</c>.
/// </summary>
public static class LibraryImports
{
    public static IReadOnlyList<string> Namespaces { get; } =
    [
        "DlRadiomics", "DlRadiomics.Cohort", "DlRadiomics.Tables", "DlRadiomics.Figures",
        .. typeof(DlRadiomicsException).Assembly.GetExportedTypes()
            .Select(t => t.Namespace!)
            .Where(n => n == "DlRadiomics.Statistics" || n.StartsWith("DlRadiomics.Statistics.", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal),
        "Microsoft.Data.Analysis",
    ];
}
