using System.Globalization;

namespace DlRadiomics.Imaging.Dicom;

/// <summary>
/// Stored int16 values and the rescale (value = slope · stored + intercept) that represent an image's values.
/// </summary>
/// <remarks>
/// Exact when possible: the slope is the largest of 1, ½, ¼, …, 2⁻¹⁶ such that every value divided by it is an
/// integer and the range fits in 65 536 steps (a power of two keeps slope · stored exact in binary floating point);
/// the intercept then shifts the range into [−32768, 32767] (0 when it already fits). Otherwise the range is mapped
/// linearly onto the 65 536 steps and each value is off by at most half a step, <see cref="MaxError"/>.
/// The slope and intercept are those read back from their 16-character DS text, so writer and reader agree.
/// </remarks>
public sealed record Int16Quantization(double Slope, double Intercept, bool Exact)
{
    public double MaxError => Exact ? 0 : Slope / 2;

    public static Int16Quantization Choose(ReadOnlySpan<double> values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (!double.IsFinite(v)) throw new ArgumentException($"cannot store {v} as a DICOM pixel value", nameof(values));
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        if (values.Length == 0) min = max = 0;
        for (int power = 0; power <= 16; power++)
        {
            double slope = Math.ScaleB(1, -power);
            if ((max - min) / slope > 65535) break;
            if (!AllMultiples(values, slope)) continue;
            double intercept = min / slope >= short.MinValue && max / slope <= short.MaxValue ? 0 : min - short.MinValue * slope;
            intercept = Ds(intercept);
            if (intercept % slope == 0 && (min - intercept) / slope >= short.MinValue && (max - intercept) / slope <= short.MaxValue)
                return new Int16Quantization(slope, intercept, true);
        }
        double linearSlope = Ds(max > min ? (max - min) / 65535 * (1 + 1e-9) : 1);
        double linearIntercept = Ds(min - short.MinValue * linearSlope);
        return new Int16Quantization(linearSlope, linearIntercept, false);
    }

    public short Store(double value) => (short)Math.Clamp(Math.Round((value - Intercept) / Slope), short.MinValue, short.MaxValue);

    /// <summary>Formats a number as a DICOM decimal string (at most 16 characters).</summary>
    public static string FormatDs(double v)
    {
        string s = v.ToString("R", CultureInfo.InvariantCulture);
        for (int digits = 15; s.Length > 16 && digits > 0; digits--) s = v.ToString("G" + digits, CultureInfo.InvariantCulture);
        return s;
    }

    private static double Ds(double v) => double.Parse(FormatDs(v), CultureInfo.InvariantCulture);

    private static bool AllMultiples(ReadOnlySpan<double> values, double step)
    {
        foreach (double v in values) if (Math.IEEERemainder(v, step) != 0) return false;
        return true;
    }
}
