namespace DlRadiomics.Deep;

/// <summary>An ONNX model cannot serve as a feature extractor; <see cref="Problem"/> says why, the message names the
/// file, what it holds and the fix.</summary>
public sealed class DeepModelException : DlRadiomicsException
{
    public DeepModelException(ModelProblem problem, string message) : base(message) => Problem = problem;

    public DeepModelException(ModelProblem problem, string message, Exception inner) : base(message, inner) => Problem = problem;

    public ModelProblem Problem { get; }
}
