namespace DlRadiomics.Learning;

/// <summary>Input a learner or a model comparison cannot use; the message names the row, column or setting and the fix.</summary>
public sealed class LearnerInputException(string message) : DlRadiomicsException(message);
