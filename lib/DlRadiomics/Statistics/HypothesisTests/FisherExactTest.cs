using MathNet.Numerics;

namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Fisher's exact test for 2×2 and r×c tables, two-sided as R <c>fisher.test</c>.</summary>
/// <remarks>
/// Under independence with fixed margins, P(table) = Πᵢ Rᵢ! Πⱼ Cⱼ! / (N! Πᵢⱼ xᵢⱼ!). The p-value sums P over all tables
/// with P ≤ P_obs·(1 + 10⁻⁷) (R's relative tolerance for ties in probability). Tables are enumerated column by column
/// as paths in a network whose nodes are the remaining row margins (Mehta &amp; Patel 1983): at each node the exact
/// largest and smallest probability of any completion, and the total probability of all completions
/// (N_rem!/Π Rᵢ!), let whole sub-networks be counted or skipped at once.
/// </remarks>
public static class FisherExactTest
{
    /// <summary>Upper bound on network nodes visited before the test refuses (use the chi-square test then).</summary>
    public const long MaxNodes = 2_000_000;

    /// <summary>The test, or a <see cref="StatisticsInputException"/> when the table needs more than <see cref="MaxNodes"/> network nodes.</summary>
    public static FisherExactResult Compute(long[,] table) =>
        TryCompute(table) ?? throw new StatisticsInputException(
            $"Fisher's exact test: the {table.GetLength(0)}×{table.GetLength(1)} table with N = {table.Cast<long>().Sum()} is too large to enumerate exactly; use the chi-square test.");

    /// <summary>The test, or null when the table is too large to enumerate (see <see cref="MaxNodes"/>).</summary>
    public static FisherExactResult? TryCompute(long[,] table)
    {
        var t = ContingencyTable.Clean(table, "Fisher's exact test");
        double? oddsRatio = null;
        if (t.GetLength(0) == 2 && t.GetLength(1) == 2)
        {
            double ad = (double)t[0, 0] * t[1, 1], bc = (double)t[0, 1] * t[1, 0];
            oddsRatio = bc == 0 ? double.PositiveInfinity : ad / bc;
        }
        if (t.GetLength(0) > t.GetLength(1)) t = Transpose(t);
        double? p = new Network(t).PValue();
        return p is null ? null : new FisherExactResult(Math.Min(1.0, p.Value), oddsRatio);
    }

    private static long[,] Transpose(long[,] t)
    {
        var r = new long[t.GetLength(1), t.GetLength(0)];
        for (int i = 0; i < t.GetLength(0); i++)
            for (int j = 0; j < t.GetLength(1); j++) r[j, i] = t[i, j];
        return r;
    }

    private sealed class Network
    {
        private readonly int _rows, _cols;
        private readonly int[] _colSums;
        private readonly int[] _rowSums;
        private readonly long[,] _observed;
        private readonly double _constant;
        private readonly Dictionary<(int, long), (double Max, double Min)> _bounds = new();
        private long _nodes;
        private double _threshold, _p;

        public Network(long[,] t)
        {
            _observed = t;
            _rows = t.GetLength(0); _cols = t.GetLength(1);
            _rowSums = ContingencyTable.RowSums(t).Select(v => checked((int)v)).ToArray();
            _colSums = ContingencyTable.ColumnSums(t).Select(v => checked((int)v)).ToArray();
            _constant = _rowSums.Sum(r => SpecialFunctions.FactorialLn(r)) - SpecialFunctions.FactorialLn(_rowSums.Sum());
        }

        /// <summary>The p-value, or null when the node budget runs out.</summary>
        public double? PValue()
        {
            double observed = 0;
            var x = new int[_rows];
            for (int j = 0; j < _cols; j++)
            {
                for (int i = 0; i < _rows; i++) x[i] = (int)_observed[i, j];
                observed += Weight(j, x);
            }
            _threshold = observed + 1e-7;
            try { Visit(0, (int[])_rowSums.Clone(), 0.0); }
            catch (NodeBudgetExceeded) { return null; }
            return _p;
        }

        /// <summary>log of Cⱼ!/Πᵢ xᵢ!, the column's factor of the table probability.</summary>
        private double Weight(int j, int[] x)
        {
            double w = SpecialFunctions.FactorialLn(_colSums[j]);
            foreach (int v in x) w -= SpecialFunctions.FactorialLn(v);
            return w;
        }

        private void Visit(int j, int[] remaining, double acc)
        {
            if (++_nodes > MaxNodes) throw new NodeBudgetExceeded();
            if (j == _cols - 1)
            {
                double v = acc + Weight(j, remaining);
                if (v <= _threshold) _p += Math.Exp(v + _constant);
                return;
            }
            var (max, min) = Bounds(j, remaining);
            if (acc + max <= _threshold)
            {
                int total = remaining.Sum();
                double all = SpecialFunctions.FactorialLn(total) - remaining.Sum(r => SpecialFunctions.FactorialLn(r));
                _p += Math.Exp(acc + all + _constant);
                return;
            }
            if (acc + min > _threshold) return;
            foreach (var x in Columns(j, remaining))
            {
                var next = new int[_rows];
                for (int i = 0; i < _rows; i++) next[i] = remaining[i] - x[i];
                Visit(j + 1, next, acc + Weight(j, x));
            }
        }

        /// <summary>Largest and smallest Σ weights over all completions from column j with the given remaining row margins.</summary>
        private (double Max, double Min) Bounds(int j, int[] remaining)
        {
            if (j == _cols - 1) { double w = Weight(j, remaining); return (w, w); }
            var key = (j, Key(remaining));
            if (_bounds.TryGetValue(key, out var b)) return b;
            if (++_nodes > MaxNodes) throw new NodeBudgetExceeded();
            double max = double.NegativeInfinity, min = double.PositiveInfinity;
            foreach (var x in Columns(j, remaining))
            {
                var next = new int[_rows];
                for (int i = 0; i < _rows; i++) next[i] = remaining[i] - x[i];
                var (nmax, nmin) = Bounds(j + 1, next);
                double w = Weight(j, x);
                max = Math.Max(max, w + nmax);
                min = Math.Min(min, w + nmin);
            }
            return _bounds[key] = (max, min);
        }

        private sealed class NodeBudgetExceeded : Exception;

        private long Key(int[] remaining)
        {
            long key = 0;
            for (int i = 0; i < _rows; i++) key = checked(key * (_rowSums[i] + 1) + remaining[i]);
            return key;
        }

        /// <summary>All ways to split column j's total into the rows without exceeding the remaining row margins.</summary>
        private IEnumerable<int[]> Columns(int j, int[] remaining)
        {
            var x = new int[_rows];
            return Fill(0, _colSums[j]);

            IEnumerable<int[]> Fill(int i, int left)
            {
                if (i == _rows - 1)
                {
                    if (left <= remaining[i]) { x[i] = left; yield return (int[])x.Clone(); }
                    yield break;
                }
                for (int v = Math.Min(left, remaining[i]); v >= 0; v--)
                {
                    x[i] = v;
                    foreach (var c in Fill(i + 1, left - v)) yield return c;
                }
            }
        }
    }
}
