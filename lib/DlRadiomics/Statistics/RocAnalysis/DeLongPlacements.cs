namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>
/// DeLong's structural components of an AUC (pROC <c>delongPlacements</c>): the placement of every case among the
/// controls and of every control among the cases.
/// </summary>
/// <remarks>
/// ψ(x, y) = 1 if the case score x is beyond the control score y in the curve's direction, ½ if equal, 0 otherwise.
/// V10_i = (1/n) Σ_j ψ(x_i, y_j) for each of the m cases; V01_j = (1/m) Σ_i ψ(x_i, y_j) for each of the n controls;
/// θ = mean(V10) = mean(V01) = AUC. S10 = Σ(V10 − θ)²/(m − 1), S01 = Σ(V01 − θ)²/(n − 1),
/// Var(AUC) = S10/m + S01/n (DeLong, DeLong &amp; Clarke-Pearson 1988; Sun &amp; Xu 2014 for the O(n log n) form).
/// </remarks>
/// <param name="Theta">θ, the AUC.</param>
/// <param name="Cases">V10, one per case in input order.</param>
/// <param name="Controls">V01, one per control in input order.</param>
public sealed record DeLongPlacements(double Theta, IReadOnlyList<double> Cases, IReadOnlyList<double> Controls)
{
    public static DeLongPlacements Of(RocCurve curve)
    {
        var r = curve.Rank();
        bool lower = curve.Direction == RocDirection.ControlsLower;
        int u = r.Values.Length;
        // below[v] = number of items at values strictly below bin v.
        var controlsBelow = new long[u];
        var casesBelow = new long[u];
        for (int v = 1; v < u; v++)
        {
            controlsBelow[v] = controlsBelow[v - 1] + r.ControlsAt[v - 1];
            casesBelow[v] = casesBelow[v - 1] + r.CasesAt[v - 1];
        }
        double m = r.CaseCount, n = r.ControlCount;
        var v10 = new double[r.CaseCount];
        for (int i = 0; i < v10.Length; i++)
        {
            int b = r.CaseBins[i];
            long beaten = lower ? controlsBelow[b] : r.ControlCount - controlsBelow[b] - r.ControlsAt[b];
            v10[i] = (beaten + 0.5 * r.ControlsAt[b]) / n;
        }
        var v01 = new double[r.ControlCount];
        for (int j = 0; j < v01.Length; j++)
        {
            int b = r.ControlBins[j];
            long beating = lower ? r.CaseCount - casesBelow[b] - r.CasesAt[b] : casesBelow[b];
            v01[j] = (beating + 0.5 * r.CasesAt[b]) / m;
        }
        return new DeLongPlacements(curve.Auc, v10, v01);
    }

    /// <summary>S10 = Σ(V10 − θ)²/(m − 1).</summary>
    public double CaseVariance => CrossVariance(Cases, Theta, Cases, Theta);

    /// <summary>S01 = Σ(V01 − θ)²/(n − 1).</summary>
    public double ControlVariance => CrossVariance(Controls, Theta, Controls, Theta);

    /// <summary>DeLong variance of the AUC, S10/m + S01/n.</summary>
    public double Variance => CaseVariance / Cases.Count + ControlVariance / Controls.Count;

    internal static double CrossVariance(IReadOnlyList<double> a, double thetaA, IReadOnlyList<double> b, double thetaB)
    {
        double sum = 0;
        for (int i = 0; i < a.Count; i++) sum += (a[i] - thetaA) * (b[i] - thetaB);
        return sum / (a.Count - 1);
    }
}
