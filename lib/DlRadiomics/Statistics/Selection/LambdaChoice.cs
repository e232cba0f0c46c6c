namespace DlRadiomics.Statistics.Selection;

/// <summary>Which cross-validated λ to use.</summary>
public enum LambdaChoice
{
    /// <summary>λ with the best mean CV loss (<c>lambda.min</c>).</summary>
    Minimum,
    /// <summary>Largest λ whose mean CV loss is within one standard error of the best (<c>lambda.1se</c>).</summary>
    OneStandardError,
}
