namespace DlRadiomics.Statistics.Selection;

/// <summary>
/// Data a selection, preprocessing or validation step cannot use: NaN or infinite values, ragged rows, a single-class
/// outcome, too few rows for the folds, a missing feature column. The message names the row/column/value and the fix.
/// </summary>
public sealed class ModelInputException(string message) : StatisticsInputException(message);
