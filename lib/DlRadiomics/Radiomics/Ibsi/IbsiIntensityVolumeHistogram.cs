namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// IBSI intensity-volume histogram features (<c>ivh_*</c>) on the discretised grey levels 1…N_g.
/// </summary>
/// <remarks>
/// Fractional grey level γ(i) = (i − 1)/(N_g − 1); V(i) the fraction of ROI voxels with level ≥ i.
/// v10 / v90 = the fraction of voxels with γ ≥ 0.1 / 0.9; i10 / i90 = the smallest level i with V(i) ≤ 0.1 / 0.9
/// (levels run to N_g + 1, where V = 0); diff_v10_v90 = v10 − v90; diff_i10_i90 = i10 − i90.
/// The area under the curve (<c>ivh_auc</c>) has no reference value and is not computed.
/// </remarks>
public static class IbsiIntensityVolumeHistogram
{
    public static void Compute(IbsiRoi roi, IDictionary<string, double> output)
    {
        var levels = roi.Discretized.Bins.Where(b => b != 0).ToArray();
        int ng = roi.GrayLevelCount;
        double n = levels.Length;
        double VolumeAtLeast(int level) => levels.Count(l => l >= level) / n;
        double Fraction(double gamma) => levels.Count(l => (l - 1.0) / (ng - 1) >= gamma) / n;
        int Intensity(double fraction) => Enumerable.Range(1, ng + 1).First(i => VolumeAtLeast(i) <= fraction);
        double v10 = Fraction(0.1), v90 = Fraction(0.9);
        int i10 = Intensity(0.1), i90 = Intensity(0.9);
        output["ivh_v10"] = v10;
        output["ivh_v90"] = v90;
        output["ivh_i10"] = i10;
        output["ivh_i90"] = i90;
        output["ivh_diff_v10_v90"] = v10 - v90;
        output["ivh_diff_i10_i90"] = i10 - i90;
    }
}
