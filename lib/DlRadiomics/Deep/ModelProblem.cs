namespace DlRadiomics.Deep;

/// <summary>Why an ONNX model cannot be used as a feature extractor.</summary>
public enum ModelProblem
{
    /// <summary>The model file does not exist or is not a readable ONNX model.</summary>
    Unreadable,
    /// <summary>The model's input is not one N × 3 × H × W float tensor.</summary>
    InputNotImageTensor,
    /// <summary>The requested output node is not among the model's outputs.</summary>
    OutputNodeMissing,
}
