namespace DlRadiomics.Deep;

/// <summary>Deep features of one image plane for a cohort: rows are patients (in the order of every other block),
/// columns the network's features.</summary>
/// <param name="Name">Block name used for the reduced columns, e.g. <c>DL_SAG</c> gives <c>DL_SAG_PC1</c>, ….</param>
/// <param name="Rows">Patients × network features.</param>
public sealed record DeepFeatureBlock(string Name, double[][] Rows);
