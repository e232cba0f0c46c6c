namespace DlRadiomics.Radiomics.Texture;

/// <summary>How PyRadiomics merges per-direction feature values: numpy.nanmean (NaN directions are skipped).</summary>
internal static class AngleAverage
{
    public static double NanMean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        int n = 0;
        foreach (double v in values) if (!double.IsNaN(v)) { sum += v; n++; }
        return n == 0 ? double.NaN : sum / n;
    }

    public static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double v in values) sum += v;
        return sum / values.Length;
    }
}
