using System.Globalization;
using DlRadiomics.Numerics;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Nomograms;

/// <summary>A nomogram laid out as <c>rms::nomogram</c>: one points axis per predictor, total points, and the risk axis.</summary>
/// <param name="Axes">Points axes in model order.</param>
/// <param name="PointsPerUnit">Scale: points per unit of the linear predictor (MaxPoints / widest range).</param>
/// <param name="LinearPredictorAtZero">Linear predictor of a patient with 0 points on every axis.</param>
/// <param name="MaxTotalPoints">Σ of each axis's largest points.</param>
/// <param name="ProbabilityAxis">Risk ticks.</param>
/// <param name="Model">The model drawn.</param>
public sealed record NomogramResult(IReadOnlyList<NomogramAxis> Axes, double PointsPerUnit, double LinearPredictorAtZero, double MaxTotalPoints,
    IReadOnlyList<NomogramTick> ProbabilityAxis, LogisticRegressionModel Model)
{
    /// <summary>
    /// The layout as CSV with columns <c>axis,label,value,points</c>: one line per predictor tick (value = the tick),
    /// then the risk axis (axis <c>Probability</c>, value = the probability, points = total points at which it is reached).
    /// </summary>
    public string ToCsv()
    {
        static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        var rows = Axes.SelectMany(a => a.Labels.Select((label, i) => (IReadOnlyList<string>)[a.Predictor, label, R(a.Values[i]), R(a.Points[i])]))
            .Concat(ProbabilityAxis.Select(t => (IReadOnlyList<string>)["Probability", R(t.Probability), R(t.Probability), R(t.TotalPoints)]));
        return CsvText.Table(["axis", "label", "value", "points"], rows);
    }

    /// <summary>Total points at which the linear predictor equals <paramref name="linearPredictor"/>.</summary>
    public double TotalPointsFor(double linearPredictor) => (linearPredictor - LinearPredictorAtZero) * PointsPerUnit;

    /// <summary>
    /// Scores one patient given as predictor name → value: a number (or bool, as 0/1) for a numeric predictor, the
    /// level's text for a factor. Entries the model does not use are listed in <see cref="NomogramScore.Unused"/>.
    /// </summary>
    /// <exception cref="StatisticsInputException">A predictor of the model has no value (the message names each with its axis), or a factor level was not seen in fitting.</exception>
    public NomogramScore Score(IReadOnlyDictionary<string, object?> patient)
    {
        var columns = Model.Encoding.SourceColumns;
        var missing = columns.Where(c => !patient.TryGetValue(c, out var v) || v is null).ToList();
        if (missing.Count > 0)
            throw new StatisticsInputException($"nomogram: the patient has no value for {string.Join("; ", missing.Select(Describe))}; add them to the patient's values.");
        var row = new DataFrame(columns.Select(c => patient[c] switch
        {
            string text => (DataFrameColumn)new StringDataFrameColumn(c, [text]),
            bool flag => new DoubleDataFrameColumn(c, [flag ? 1.0 : 0.0]),
            var number => new DoubleDataFrameColumn(c, [Convert.ToDouble(number, CultureInfo.InvariantCulture)]),
        }));
        return Score(row, 0) with { Unused = patient.Keys.Except(columns, StringComparer.Ordinal).ToList() };
    }

    private string Describe(string column) => Axes.FirstOrDefault(a => a.Predictor == column) is { } axis
        ? axis.Coefficient is null ? $"'{column}' (one of {string.Join(", ", axis.Labels)})" : $"'{column}' (a number; the axis runs {axis.Labels[0]}–{axis.Labels[^1]})"
        : $"'{column}'";

    /// <summary>Scores row <paramref name="row"/> (0-based) of a DataFrame with the predictor columns.</summary>
    public NomogramScore Score(DataFrame df, long row)
    {
        var encoding = Model.Encoding;
        var x = new double[encoding.ColumnNames.Count];
        if (!encoding.TryEncode(df, row, x))
            throw new StatisticsInputException($"nomogram: row {row + 1} has a missing value in {string.Join(", ", encoding.SourceColumns)}; it cannot be scored.");
        var points = new Dictionary<string, double>();
        int offset = Model.Options.FitIntercept ? 1 : 0, column = 0;
        for (int a = 0; a < Axes.Count; a++)
        {
            double contribution = 0;
            foreach (var _ in encoding.Predictors[a].ColumnNames) { contribution += Model.Coefficients[offset + column].Estimate * x[column]; column++; }
            points[Axes[a].Predictor] = (contribution - Axes[a].MinimumContribution) * PointsPerUnit;
        }
        double lp = Model.LinearPredictor(x);
        return new NomogramScore(points, points.Values.Sum(), lp, Logistic.Sigmoid(lp));
    }
}
