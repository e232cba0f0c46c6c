namespace DlRadiomics.Statistics.Agreement;

/// <summary>What to do with a subject that lacks a rating from some rater.</summary>
public enum IccMissingRatings
{
    /// <summary>Stop with an error naming the subject and rater.</summary>
    Error,

    /// <summary>Drop the subject (psych::ICC's default, <c>missing = TRUE</c>) and report it in <see cref="IccResult.DroppedSubjects"/>.</summary>
    DropSubject,
}

/// <summary>Settings of <see cref="IntraclassCorrelation"/>.</summary>
public sealed record IccOptions(double Level = 0.95, IccMissingRatings Missing = IccMissingRatings.Error);
