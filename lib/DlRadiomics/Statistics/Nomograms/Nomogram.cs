using System.Globalization;
using DlRadiomics.Numerics;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Nomograms;

/// <summary>Builds the nomogram of a fitted logistic model (Harrell's <c>rms::nomogram</c> layout).</summary>
/// <remarks>
/// For predictor j with ticks v, the contribution is c_j(v) = β_j v (numeric) or β_level (factor, 0 for the reference).
/// Range r_j = max c_j − min c_j; scale s = MaxPoints / max_j r_j; points_j(v) = (c_j(v) − min c_j)·s.
/// A patient's total points T map to the linear predictor η = β₀ + Σ_j min c_j + T/s and the probability σ(η); the
/// risk tick for probability π sits at T = (logit π − β₀ − Σ_j min c_j)·s.
/// </remarks>
public static class Nomogram
{
    /// <param name="model">A model of main effects (numeric or factor predictors; interaction terms are not drawable this way).</param>
    /// <param name="data">Data that give the default ticks of numeric predictors (usually the fitting data): the distinct values of a
    /// discrete predictor (at most <see cref="DiscreteValues"/> of them, as rms's <c>datadist</c>), else about five round ticks over the
    /// range; optional when all ticks are given.</param>
    /// <param name="options">Ticks, maximum points and risk-axis probabilities.</param>
    public static NomogramResult Build(LogisticRegressionModel model, DataFrame? data = null, NomogramOptions? options = null)
    {
        options ??= new NomogramOptions();
        if (!(options.MaxPoints > 0)) throw new StatisticsInputException($"nomogram: MaxPoints must be > 0, got {options.MaxPoints}.");
        if (!model.Options.FitIntercept) throw new StatisticsInputException("nomogram: the model has no intercept; refit with FitIntercept = true.");
        var raw = new List<(string Name, string[] Labels, double[] Values, double[] Contribution, double? Beta)>();
        int column = 1;
        foreach (var predictor in model.Encoding.Predictors)
        {
            switch (predictor)
            {
                case NumericPredictor numeric:
                {
                    double beta = model.Coefficients[column++].Estimate;
                    var axisTicks = AxisTicks(numeric.Column, data, options);
                    raw.Add((numeric.Column, axisTicks.Select(t => t.ToString("R", CultureInfo.InvariantCulture)).ToArray(), axisTicks, axisTicks.Select(t => beta * t).ToArray(), beta));
                    break;
                }
                case FactorPredictor factor:
                {
                    var contribution = new double[factor.Levels.Count];
                    for (int l = 1; l < factor.Levels.Count; l++) contribution[l] = model.Coefficients[column++].Estimate;
                    raw.Add((factor.Column, factor.Levels.ToArray(), Enumerable.Range(0, factor.Levels.Count).Select(i => (double)i).ToArray(), contribution, null));
                    break;
                }
                default:
                    throw new StatisticsInputException($"nomogram: term '{predictor.Term}' is an interaction; a points-per-predictor nomogram needs a main-effects model.");
            }
        }
        double widest = raw.Max(r => r.Contribution.Max() - r.Contribution.Min());
        if (!(widest > 0)) throw new StatisticsInputException("nomogram: every predictor has zero effect over its ticks; nothing to draw.");
        double scale = options.MaxPoints / widest;
        var axes = raw.Select(r =>
        {
            double min = r.Contribution.Min();
            return new NomogramAxis(r.Name, r.Labels, r.Values, r.Contribution.Select(c => (c - min) * scale).ToArray(), r.Beta, min);
        }).ToArray();
        double lpAtZero = model.Coefficients[0].Estimate + axes.Sum(a => a.MinimumContribution);
        double maxTotal = axes.Sum(a => a.Points.Max());
        var ticks = (options.ProbabilityTicks ?? NomogramOptions.DefaultProbabilityTicks)
            .Select(p => p is > 0 and < 1 ? new NomogramTick(p, (Logistic.Logit(p) - lpAtZero) * scale)
                : throw new StatisticsInputException($"nomogram: probability tick {p} is not in (0, 1)."))
            .Where(t => t.TotalPoints >= 0 && t.TotalPoints <= maxTotal).ToArray();
        return new NomogramResult(axes, scale, lpAtZero, maxTotal, ticks, model);
    }

    /// <summary>A numeric predictor with at most this many distinct values is discrete: its ticks are those values (rms <c>datadist(n.unique = 10)</c>).</summary>
    public const int DiscreteValues = 10;

    private static double[] AxisTicks(string name, DataFrame? data, NomogramOptions options)
    {
        if (options.AxisValues is not null && options.AxisValues.TryGetValue(name, out var given))
        {
            if (given.Count < 2) throw new StatisticsInputException($"nomogram: axis '{name}' needs at least 2 tick values, got {given.Count}.");
            return given.ToArray();
        }
        if (data is null) throw new StatisticsInputException($"nomogram: no tick values for '{name}'; pass the fitting data or NomogramOptions.AxisValues.");
        var column = FrameAccess.Column(data, name, "nomogram");
        var values = Enumerable.Range(0, (int)data.Rows.Count).Select(r => FrameAccess.Number(column, r)).Where(v => v is not null).Select(v => v!.Value).ToArray();
        if (values.Length == 0) throw new StatisticsInputException($"nomogram: column '{name}' has no values for the axis.");
        var distinct = values.Distinct().Order().ToArray();
        return distinct.Length <= DiscreteValues ? distinct : NiceTicks(values.Min(), values.Max());
    }

    /// <summary>About five round ticks (steps of 1, 2 or 5 × 10ᵏ) covering [min, max].</summary>
    internal static double[] NiceTicks(double min, double max)
    {
        if (max <= min) return [min, min + 1];
        double raw = (max - min) / 5, magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = new[] { 1.0, 2.0, 5.0, 10.0 }.Select(m => m * magnitude).First(s => s >= raw);
        double start = Math.Floor(min / step) * step, end = Math.Ceiling(max / step) * step;
        int count = (int)Math.Round((end - start) / step) + 1;
        return Enumerable.Range(0, count).Select(i => Math.Round(start + i * step, 12)).ToArray();
    }
}
