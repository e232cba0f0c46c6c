namespace DlRadiomics.Statistics.Regression;

/// <summary>One level of a categorical predictor with its events and non-events, and whether it is too sparse to model.</summary>
/// <param name="Predictor">The predictor (column).</param>
/// <param name="Level">The level as stored.</param>
/// <param name="Events">Rows of this level with outcome 1.</param>
/// <param name="NonEvents">Rows of this level with outcome 0.</param>
/// <param name="Sparse">Fewer than the check's minimum events or non-events: with none at all the level separates the
/// outcome (its maximum-likelihood odds ratio is 0 or infinite); with a handful its odds ratio is unstable.</param>
public sealed record SparseLevel(string Predictor, string Level, int Events, int NonEvents, bool Sparse)
{
    /// <summary>True when the level has no events or no non-events: complete or quasi-complete separation.</summary>
    public bool Separates => Events == 0 || NonEvents == 0;
}
