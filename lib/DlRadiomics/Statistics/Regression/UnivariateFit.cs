namespace DlRadiomics.Statistics.Regression;

/// <summary>One predictor's univariate logistic fit in a screen.</summary>
public sealed record UnivariateFit(string Predictor, LogisticRegressionModel Model);
