namespace DlRadiomics.Statistics.Selection;

/// <summary>A feature kept by a selection step, with its coefficient or score.</summary>
public sealed record SelectedFeature(string Name, int Index, double Value);
