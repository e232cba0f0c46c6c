namespace DlRadiomics.Statistics.Validation;

/// <summary>
/// Any learner, as used by the validation schemes: fits on training rows and outcomes and returns a scorer that maps
/// rows to scores (probabilities, log-odds or rad-scores — anything where larger means more likely an event).
/// </summary>
public delegate Func<double[][], double[]> ModelFitter(double[][] trainX, int[] trainY);
