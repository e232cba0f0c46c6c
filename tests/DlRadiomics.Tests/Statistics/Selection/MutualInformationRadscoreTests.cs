using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Tests.Statistics.Selection;

/// <summary>When the Radscore's logistic model falls back to Firth's penalty: only when maximum likelihood has no finite estimate.</summary>
public class MutualInformationRadscoreTests
{
    private static readonly double[][] Rows = Enumerable.Range(0, 100).Select(i => new[] { Math.Sin(1.7 * i) * 2, Frac(0.618 * i), Frac(0.414 * i) }).ToArray();

    private static double Frac(double v) => v - Math.Floor(v);

    public static TheoryData<string, LogisticPenalty> Outcomes => new()
    {
        { "complete", LogisticPenalty.Firth },
        { "quasi-complete", LogisticPenalty.Firth },
        { "overlapping", LogisticPenalty.None },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Firth_only_for_separated_outcomes_and_every_estimate_finite(string outcome, LogisticPenalty expected)
    {
        var (x, y) = Data(outcome);

        var score = MutualInformationRadscore.Fit("disc", x, y, ["a", "b", "c"], top: 2, seed: 0);

        Assert.Equal(expected, score.Model.Options.Penalty);
        Assert.All(score.Model.Coefficients, c => Assert.True(double.IsFinite(c.Estimate) && Math.Abs(c.Estimate) < 50 && c.StandardError < 50, $"{c.Term}: {c.Estimate} ± {c.StandardError}"));
        Assert.All(score.Score(x), s => Assert.True(double.IsFinite(s)));
    }

    /// <summary>
    /// Outcomes on the same rows: split at a = 0 (complete separation); split at |a| &gt; 0.5 with a coin toss in between,
    /// on a feature that is 0 in between (quasi-complete separation); drawn from a logistic law in a (overlapping).
    /// </summary>
    private static (double[][] X, int[] Y) Data(string outcome)
    {
        var random = new Random(1);
        return outcome switch
        {
            "complete" => (Rows, Rows.Select(r => r[0] > 0 ? 1 : 0).ToArray()),
            "quasi-complete" => (Rows.Select(r => new[] { Math.Max(0, Math.Abs(r[0]) - 0.5) * Math.Sign(r[0]), r[1], r[2] }).ToArray(),
                                 Rows.Select(r => r[0] > 0.5 ? 1 : r[0] < -0.5 ? 0 : random.Next(2)).ToArray()),
            _ => (Rows, Rows.Select(r => random.NextDouble() < 1 / (1 + Math.Exp(-3 * r[0])) ? 1 : 0).ToArray()),
        };
    }
}
