namespace DlRadiomics.Tests.Learning;

/// <summary>One cross-validation fold, standardised on its training rows.</summary>
/// <param name="Fold">The fold number.</param>
/// <param name="Train">Row indices of the training rows in the data set.</param>
/// <param name="Test">Row indices of the test rows in the data set.</param>
/// <param name="TrainX">Standardised training rows.</param>
/// <param name="TrainY">Training outcomes.</param>
/// <param name="TestX">Test rows, standardised with the training mean and deviation.</param>
/// <param name="TestY">Test outcomes.</param>
internal sealed record FoldData(int Fold, int[] Train, int[] Test, double[][] TrainX, int[] TrainY, double[][] TestX, int[] TestY);
