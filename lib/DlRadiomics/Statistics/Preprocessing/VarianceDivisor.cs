namespace DlRadiomics.Statistics.Preprocessing;

/// <summary>Divisor of the standard deviation used to z-score.</summary>
public enum VarianceDivisor
{
    /// <summary>n (ddof = 0): scikit-learn <c>StandardScaler</c>, glmnet's internal standardisation.</summary>
    Population,
    /// <summary>n − 1 (ddof = 1): R <c>scale()</c>, SPSS.</summary>
    Sample,
}
