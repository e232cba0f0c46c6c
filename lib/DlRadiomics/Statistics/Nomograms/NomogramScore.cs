namespace DlRadiomics.Statistics.Nomograms;

/// <summary>A patient read off the nomogram.</summary>
/// <param name="Points">Points per predictor.</param>
/// <param name="TotalPoints">Their sum.</param>
/// <param name="LinearPredictor">β₀ + xᵀβ (equal to the lp at zero points + total/scale).</param>
/// <param name="Probability">σ(linear predictor).</param>
public sealed record NomogramScore(IReadOnlyDictionary<string, double> Points, double TotalPoints, double LinearPredictor, double Probability)
{
    /// <summary>Values given for the patient that the model does not use (<see cref="NomogramResult.Score(IReadOnlyDictionary{string, object})"/>).</summary>
    public IReadOnlyList<string> Unused { get; init; } = [];
}
