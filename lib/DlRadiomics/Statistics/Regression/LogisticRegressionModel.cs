using DlRadiomics.Numerics;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Regression;

/// <summary>A fitted logistic model.</summary>
/// <param name="Coefficients">Terms in design order, the intercept first when fitted.</param>
/// <param name="Covariance">Inverse Fisher information I(β̂)⁻¹ in the same order.</param>
/// <param name="LogLikelihood">Unpenalised log-likelihood ℓ(β̂) = Σ yᵢ log pᵢ + (1−yᵢ) log(1−pᵢ).</param>
/// <param name="PenalizedLogLikelihood">ℓ(β̂) + ½ log|I(β̂)| for Firth fits, equal to <paramref name="LogLikelihood"/> otherwise.</param>
/// <param name="NullLogLikelihood">Log-likelihood of the intercept-only model (n₁ log p̄ + n₀ log(1 − p̄)).</param>
/// <param name="Observations">Rows used.</param>
/// <param name="RowsDropped">Rows left out for missing values (from a DataFrame fit; 0 for arrays).</param>
/// <param name="Iterations">Newton–Raphson iterations done.</param>
/// <param name="Converged">Whether the coefficient changes fell under the tolerance.</param>
/// <param name="Warnings">Separation / non-convergence found (only when the options say to warn), and fitted probabilities numerically 0 or 1 without separation (always).</param>
/// <param name="Encoding">Coding of the predictors, used to score new DataFrames.</param>
/// <param name="Options">The settings of the fit.</param>
public sealed record LogisticRegressionModel(
    IReadOnlyList<LogisticCoefficient> Coefficients,
    double[,] Covariance,
    double LogLikelihood,
    double PenalizedLogLikelihood,
    double NullLogLikelihood,
    int Observations,
    int RowsDropped,
    int Iterations,
    bool Converged,
    IReadOnlyList<LogisticFitWarning> Warnings,
    DesignEncoding Encoding,
    LogisticRegressionOptions Options)
{
    /// <summary>Number of estimated coefficients (intercept included).</summary>
    public int Parameters => Coefficients.Count;

    /// <summary>Residual deviance −2ℓ(β̂).</summary>
    public double Deviance => -2 * LogLikelihood;

    /// <summary>Akaike information criterion −2ℓ(β̂) + 2k.</summary>
    public double Aic => Deviance + 2 * Parameters;

    /// <summary>The coefficient of <paramref name="term"/>; throws naming the available terms when absent.</summary>
    public LogisticCoefficient this[string term] => Coefficients.FirstOrDefault(c => c.Term == term)
        ?? throw new StatisticsInputException($"the model has no term '{term}'; terms are: {string.Join(", ", Coefficients.Select(c => c.Term))}.");

    /// <summary>Linear predictor η = β₀ + xᵀβ for one encoded row (design columns, no intercept entry).</summary>
    public double LinearPredictor(ReadOnlySpan<double> row)
    {
        int offset = Options.FitIntercept ? 1 : 0;
        if (row.Length != Coefficients.Count - offset)
            throw new StatisticsInputException($"a row has {row.Length} values but the model has {Coefficients.Count - offset} predictor columns ({string.Join(", ", Encoding.ColumnNames)}).");
        double eta = offset == 1 ? Coefficients[0].Estimate : 0.0;
        for (int j = 0; j < row.Length; j++) eta += Coefficients[j + offset].Estimate * row[j];
        return eta;
    }

    /// <summary>P(y = 1) for each row of an encoded matrix (columns as <see cref="DesignEncoding.ColumnNames"/>).</summary>
    public double[] PredictProbability(double[,] x)
    {
        var p = new double[x.GetLength(0)];
        var row = new double[x.GetLength(1)];
        for (int i = 0; i < p.Length; i++)
        {
            for (int j = 0; j < row.Length; j++) row[j] = x[i, j];
            p[i] = Logistic.Sigmoid(LinearPredictor(row));
        }
        return p;
    }

    /// <summary>P(y = 1) for each of the rows × design columns (as <see cref="DesignEncoding.ColumnNames"/>).</summary>
    public double[] PredictProbability(double[][] rows) => rows.Select(r => Logistic.Sigmoid(LinearPredictor(r))).ToArray();

    /// <summary>
    /// P(y = 1) for each row of a DataFrame with the predictor columns, coded as at fitting time. A row with a missing
    /// value in a predictor gets NaN under <see cref="MissingValuePolicy.ListwiseDeletion"/> (the default: the rule
    /// <c>Fit</c> used to leave rows out, so the result stays aligned with the table's rows); with
    /// <see cref="MissingValuePolicy.Error"/> such a row is an error naming the row and the columns read.
    /// </summary>
    public double[] PredictProbability(DataFrame df, MissingValuePolicy missing = MissingValuePolicy.ListwiseDeletion)
    {
        var p = new double[df.Rows.Count];
        var row = new double[Encoding.ColumnNames.Count];
        for (long r = 0; r < df.Rows.Count; r++)
        {
            if (Encoding.TryEncode(df, r, row)) p[r] = Logistic.Sigmoid(LinearPredictor(row));
            else if (missing == MissingValuePolicy.Error)
                throw new StatisticsInputException($"row {r + 1} has a missing value in one of the columns {string.Join(", ", Encoding.SourceColumns)}; it cannot be scored (leave MissingValuePolicy.ListwiseDeletion to get NaN for it).");
            else p[r] = double.NaN;
        }
        return p;
    }
}
