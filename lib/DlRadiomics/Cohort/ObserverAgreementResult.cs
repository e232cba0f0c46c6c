using DlRadiomics.Statistics.Agreement;

namespace DlRadiomics.Cohort;

/// <summary>Intra- and inter-observer ICCs of every feature of a set, on the patients delineated three times.</summary>
/// <param name="Set">The feature set.</param>
/// <param name="Subjects">Patients with all three delineations.</param>
/// <param name="Intra">Rater 1, first against second delineation.</param>
/// <param name="Inter">Rater 1 against rater 2 (first delineations).</param>
public sealed record ObserverAgreementResult(string Set, int Subjects, IccFilterResult Intra, IccFilterResult Inter)
{
    /// <summary>Features above the threshold in both: the reproducible ones the analysis keeps.</summary>
    public IReadOnlyList<string> Kept => Intra.Kept.Intersect(Inter.Kept, StringComparer.Ordinal).ToList();
}
