using DlRadiomics.Deep;

namespace DlRadiomics.Cohort;

/// <summary>Settings of <see cref="SurgicalRiskSignatures"/>.</summary>
/// <param name="Folds">LASSO cross-validation folds of every signature and of the DLR fusion (the paper: 10).</param>
/// <param name="Jobs">Radiomics extraction threads when a feature table is missing; 0 = all cores.</param>
/// <param name="Model">The network of the deep features; null = <c>models/resnext50_32x4d.onnx</c> of the repository when exported, else the embedded ResNet-18 (<see cref="DeepModel.Resolve"/>).</param>
public sealed record SurgicalRiskSignatureOptions(int Folds = 10, int Jobs = 0, DeepModel? Model = null);
