using DlRadiomics.Statistics.Preprocessing;


namespace DlRadiomics.Learning.Pipelines;

/// <summary>
/// Principal components fitted on the training rows (<see cref="PrincipalComponents"/>, scikit-learn <c>PCA</c>
/// signs): rows are replaced by their scores on the first <paramref name="Components"/> components (32 for the
/// studies' deep features), or min(rows, features) when fewer.
/// </summary>
public sealed record PcaStep(int Components = 32) : IPipelineStep
{
    public string Name => "pca";

    public IFittedStep Fit(double[][] x, IReadOnlyList<int> y)
    {
        if (Components < 1) throw new LearnerInputException($"pca: Components = {Components}; give at least 1");
        return new FittedPca(PrincipalComponents.Fit(x, new PcaOptions(Math.Min(Components, Math.Min(x.Length, x[0].Length)))));
    }
}
