using DlRadiomics.Numerics;

namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Pearson chi-square test of independence for an r×c table (<c>scipy.stats.chi2_contingency</c>, R <c>chisq.test</c>).</summary>
/// <remarks>
/// X² = Σ (Oᵢⱼ − Eᵢⱼ)²/Eᵢⱼ with Eᵢⱼ = rowᵢ·colⱼ/N, df = (r−1)(c−1). Yates' correction (2×2 only, as both references):
/// X² = Σ (|O − E| − min(½, |O − E|))²/E. Rows or columns with zero total are dropped first.
/// </remarks>
public static class ChiSquareTest
{
    /// <param name="table">Counts, rows × columns.</param>
    /// <param name="yates">Apply Yates' continuity correction when the table is 2×2 (scipy's and R's default is true).</param>
    public static ChiSquareStatisticResult Compute(long[,] table, bool yates)
    {
        var t = ContingencyTable.Clean(table, "Chi-square test");
        var e = ContingencyTable.Expected(t);
        int r = t.GetLength(0), c = t.GetLength(1);
        bool correct = yates && r == 2 && c == 2;
        double x2 = 0;
        for (int i = 0; i < r; i++)
            for (int j = 0; j < c; j++)
            {
                double d = Math.Abs(t[i, j] - e[i, j]);
                if (correct) d -= Math.Min(0.5, d);
                x2 += d * d / e[i, j];
            }
        int df = (r - 1) * (c - 1);
        return new ChiSquareStatisticResult(x2, df, Distributions.ChiSquareUpperTail(x2, df));
    }
}
