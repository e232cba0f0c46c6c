using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Regression;

/// <summary>
/// Finds categorical predictors with a level too sparse for logistic regression: fewer than <c>minimum</c> events or
/// non-events in the level × outcome table (rows missing the predictor or the outcome left out). Such a level separates
/// the outcome when a cell is empty (maximum likelihood then has no finite estimate: Fan et al.'s PMMFI and special
/// diet ORs of "0 (NA–3.165)", and MSU class 1A with no surgical patient) and gives an unstable odds ratio otherwise;
/// the usual remedies are to drop or merge the level, or to fit with Firth's penalty (<see cref="LogisticPenalty.Firth"/>).
/// </summary>
public static class SparseFactorCheck
{
    /// <param name="df">The table.</param>
    /// <param name="outcome">Binary outcome column (0/1).</param>
    /// <param name="predictors">Predictors to check; numeric columns with more than <paramref name="maxLevels"/> distinct values are skipped as continuous.</param>
    /// <param name="minimum">Least events and non-events a level needs (default 5, the rule of thumb of expected counts).</param>
    /// <param name="maxLevels">Most distinct values a numeric column may have to count as categorical.</param>
    /// <returns>Every level of every categorical predictor, in predictor order and level order.</returns>
    public static IReadOnlyList<SparseLevel> Levels(DataFrame df, string outcome, IReadOnlyList<string> predictors, int minimum = 5, int maxLevels = 12)
    {
        if (minimum < 1) throw new StatisticsInputException($"SparseFactorCheck: minimum must be ≥ 1, got {minimum}.");
        var y = FrameAccess.Column(df, outcome, "outcome");
        var result = new List<SparseLevel>();
        foreach (var predictor in predictors)
        {
            var x = FrameAccess.Column(df, predictor, "predictor");
            var counts = new Dictionary<string, (int Events, int NonEvents)>(StringComparer.Ordinal);
            for (long r = 0; r < df.Rows.Count; r++)
            {
                if (FrameAccess.Number(y, r) is not { } value || FrameAccess.Level(x, r) is not { } level) continue;
                if (value is not (0 or 1)) throw new StatisticsInputException($"SparseFactorCheck: outcome '{outcome}' row {r} is {value}; expected 0 or 1.");
                var (events, nonEvents) = counts.GetValueOrDefault(level);
                counts[level] = value == 1 ? (events + 1, nonEvents) : (events, nonEvents + 1);
            }
            if (FrameAccess.IsNumeric(x) && counts.Count > maxLevels) continue;
            foreach (var level in FrameAccess.SortLevels(counts.Keys))
            {
                var (events, nonEvents) = counts[level];
                result.Add(new SparseLevel(predictor, level, events, nonEvents, events < minimum || nonEvents < minimum));
            }
        }
        return result;
    }

    /// <summary>The predictors with at least one sparse level among <paramref name="levels"/>, in their order.</summary>
    public static IReadOnlyList<string> SparsePredictors(IEnumerable<SparseLevel> levels) =>
        levels.Where(l => l.Sparse).Select(l => l.Predictor).Distinct(StringComparer.Ordinal).ToList();
}
