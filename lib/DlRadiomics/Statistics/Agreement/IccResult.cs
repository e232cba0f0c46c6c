namespace DlRadiomics.Statistics.Agreement;

/// <summary>
/// The two-way ANOVA of an n subjects × k raters design and all six ICCs computed from it.
/// </summary>
/// <param name="Subjects">n, subjects with complete ratings used in the ANOVA.</param>
/// <param name="Raters">k, the number of raters (or readings).</param>
/// <param name="DroppedSubjects">Subjects left out because a rating was missing (listwise deletion), in input order.</param>
/// <param name="BetweenSubjectsMeanSquare">MSR (psych MSB) = k Σ(ȳᵢ. − ȳ)²/(n − 1).</param>
/// <param name="BetweenRatersMeanSquare">MSC (psych MSJ) = n Σ(ȳ.ⱼ − ȳ)²/(k − 1).</param>
/// <param name="ResidualMeanSquare">MSE = Σ(yᵢⱼ − ȳᵢ. − ȳ.ⱼ + ȳ)²/((n − 1)(k − 1)).</param>
/// <param name="WithinSubjectsMeanSquare">MSW = Σ(yᵢⱼ − ȳᵢ.)²/(n(k − 1)).</param>
/// <param name="Estimates">The six forms, in <see cref="IccForm"/> order.</param>
public sealed record IccResult(
    int Subjects,
    int Raters,
    IReadOnlyList<string> DroppedSubjects,
    double BetweenSubjectsMeanSquare,
    double BetweenRatersMeanSquare,
    double ResidualMeanSquare,
    double WithinSubjectsMeanSquare,
    IReadOnlyList<IccEstimate> Estimates)
{
    public IccEstimate this[IccForm form] => Estimates.First(e => e.Form == form);
}
