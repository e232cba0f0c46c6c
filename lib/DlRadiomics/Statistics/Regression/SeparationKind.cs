namespace DlRadiomics.Statistics.Regression;

/// <summary>Whether a binary outcome is separated by a linear combination of the design columns (Albert and Anderson 1984).</summary>
public enum SeparationKind
{
    /// <summary>No direction keeps every row on its outcome's side: the maximum-likelihood estimate is finite.</summary>
    None,
    /// <summary>A direction d has (2yᵢ − 1)·xᵢᵀd ≥ 0 for every row and &gt; 0 for some, = 0 for others: some estimates are infinite.</summary>
    QuasiComplete,
    /// <summary>A direction d has (2yᵢ − 1)·xᵢᵀd &gt; 0 for every row: the outcome is predicted perfectly, the estimates are infinite.</summary>
    Complete,
}
