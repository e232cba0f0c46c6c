namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>
/// Cases and controls binned by the distinct score values (ascending): how many of each sit at every distinct value,
/// and the bin of every case and control. Curve points, the Mann–Whitney AUC, the DeLong placements and the
/// bootstrap all sweep these bins, so each is O(n log n) once and O(n) afterwards.
/// </summary>
internal sealed class RankedScores
{
    public RankedScores(double[] cases, double[] controls)
    {
        var all = new double[cases.Length + controls.Length];
        cases.CopyTo(all, 0);
        controls.CopyTo(all, cases.Length);
        Array.Sort(all);
        int unique = 0;
        for (int i = 0; i < all.Length; i++)
            if (i == 0 || all[i] != all[i - 1]) all[unique++] = all[i];
        Values = all[..unique];
        CasesAt = new int[unique];
        ControlsAt = new int[unique];
        CaseBins = Bin(cases, CasesAt);
        ControlBins = Bin(controls, ControlsAt);
    }

    /// <summary>Distinct scores, ascending.</summary>
    public double[] Values { get; }
    public int[] CasesAt { get; }
    public int[] ControlsAt { get; }
    public int[] CaseBins { get; }
    public int[] ControlBins { get; }
    public int CaseCount => CaseBins.Length;
    public int ControlCount => ControlBins.Length;

    private int[] Bin(double[] scores, int[] counts)
    {
        var bins = new int[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            int b = Array.BinarySearch(Values, scores[i]);
            bins[i] = b;
            counts[b]++;
        }
        return bins;
    }

    /// <summary>
    /// Mann–Whitney AUC of bin counts: P(case score beyond control score) + ½ P(tie), "beyond" meaning higher for
    /// <see cref="RocDirection.ControlsLower"/> and lower for <see cref="RocDirection.ControlsHigher"/>.
    /// </summary>
    public static double Auc(int[] casesAt, int[] controlsAt, long caseCount, long controlCount, RocDirection direction)
    {
        // 2 × Σ_v controls(v) · (cases above v + ½ cases at v), in integers so ties cost no rounding.
        long twiceWins = 0, casesAbove = 0;
        for (int v = casesAt.Length - 1; v >= 0; v--)
        {
            twiceWins += controlsAt[v] * (2 * casesAbove + casesAt[v]);
            casesAbove += casesAt[v];
        }
        double aucHigher = twiceWins / (2.0 * caseCount * controlCount);
        return direction == RocDirection.ControlsLower ? aucHigher : 1.0 - aucHigher;
    }

    public double Auc(RocDirection direction) => Auc(CasesAt, ControlsAt, CaseCount, ControlCount, direction);
}
