namespace DlRadiomics.Radiomics.Filters;

/// <summary>
/// Decomposition (analysis) filters of the wavelets PyRadiomics accepts, exactly as PyWavelets defines them
/// (<c>Wavelet(name).dec_lo</c> and <c>dec_hi</c>): haar, dmey, db1–db20, sym2–sym20, coif1–coif5 and the bior/rbio
/// pairs 1.1 … 6.8.
/// </summary>
internal static partial class WaveletCoefficients
{
    public static IReadOnlyCollection<string> Names => Filters.Keys;

    public static (double[] Low, double[] High) Of(string name) =>
        Filters.TryGetValue(name, out var filters)
            ? filters
            : throw new FilterException($"wavelet '{name}' is not available; use one of {string.Join(", ", Filters.Keys)}");
}
