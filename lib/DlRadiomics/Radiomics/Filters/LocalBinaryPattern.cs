namespace DlRadiomics.Radiomics.Filters;

/// <summary>
/// scikit-image's <c>skimage.feature.local_binary_pattern(image, P, R, method)</c> on one 2-D image (Ojala et al.
/// 2002), reproducing scikit-image 0.19 (<c>feature/_texture.pyx</c>) operation for operation.
/// </summary>
/// <remarks>
/// <para>Samples: for <c>p = 0 … P−1</c>, at row <c>r + Δr_p</c>, column <c>c + Δc_p</c> with
/// <c>Δr_p = round₅(−R sin(2πp/P))</c>, <c>Δc_p = round₅(R cos(2πp/P))</c>, rounded to 5 decimals (half to even)
/// and <c>R</c> first rounded to single precision (the Cython argument is a C <c>float</c>). Each sample <c>g_p</c> is
/// interpolated bilinearly from the four pixels around it: with <c>r₀ = ⌊y⌋, r₁ = ⌈y⌉, c₀ = ⌊x⌋, c₁ = ⌈x⌉</c>,
/// <c>a = y − r₀</c>, <c>b = x − c₀</c>:
/// <c>g = (1 − a)((1 − b) f(r₀,c₀) + b f(r₀,c₁)) + a((1 − b) f(r₁,c₀) + b f(r₁,c₁))</c>, pixels outside the image
/// being 0 (so the samples of border pixels mix in zeros).</para>
/// <para>Threshold: <c>s_p = 1</c> when <c>g_p − g_c ≥ 0</c> (ties count as 1), else 0, with <c>g_c</c> the centre
/// pixel. The number of changes is <c>U = Σ_{p=0}^{P−2} |s_p − s_{p+1}|</c> — scikit-image does not count the
/// wrap-around pair (s_{P−1}, s_0); a pattern is uniform when <c>U ≤ 2</c>.</para>
/// <list type="bullet">
/// <item><c>default</c>: <c>Σ_p s_p 2^p</c>.</item>
/// <item><c>ror</c>: the smallest value of the <c>default</c> code over its P circular right rotations.</item>
/// <item><c>uniform</c>: <c>Σ_p s_p</c> when uniform, else <c>P + 1</c>.</item>
/// <item><c>nri_uniform</c>: 0 when all <c>s_p = 0</c>; <c>P(P−1) + 1</c> when all are 1; <c>P(P−1) + 2</c> when
/// not uniform; otherwise, with <c>n</c> ones, <c>f₁</c>/<c>f₀</c> the positions of the first one/zero,
/// <c>1 + (n − 1)P + k</c> with <c>k = n − f₀</c> if <c>f₁ = 0</c>, else <c>k = P − f₁</c>.</item>
/// <item><c>var</c>: <c>(Σ g_p² − (Σ g_p)²/P) / P</c>, accumulated in this order; NaN when it is exactly 0 (flat
/// neighbourhood).</item>
/// </list>
/// <para>P is limited to 1–31: scikit-image's weights <c>2^p</c> are 32-bit integers.</para>
/// </remarks>
public static class LocalBinaryPattern
{
    /// <summary>The method names scikit-image and PyRadiomics accept (compared ignoring case, as scikit-image does).</summary>
    public static IReadOnlyList<(string Name, LocalBinaryPatternMethod Method)> Methods { get; } =
    [
        ("default", LocalBinaryPatternMethod.Default), ("ror", LocalBinaryPatternMethod.Ror),
        ("uniform", LocalBinaryPatternMethod.Uniform), ("nri_uniform", LocalBinaryPatternMethod.NriUniform),
        ("var", LocalBinaryPatternMethod.Var),
    ];

    /// <summary>Largest number of samples: scikit-image's 32-bit weights 2^p overflow beyond it.</summary>
    public const int MaxSamples = 31;

    /// <summary>The method called <paramref name="name"/> (ignoring case); an unknown name is a <see cref="FilterException"/>.</summary>
    public static LocalBinaryPatternMethod ParseMethod(string name)
    {
        foreach (var (known, method) in Methods)
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase)) return method;
        throw new FilterException($"LBP method '{name}' is not known; use one of {string.Join(", ", Methods.Select(m => m.Name))}");
    }

    /// <summary>Throws a <see cref="FilterException"/> unless 1 ≤ samples ≤ 31 and the radius is finite and &gt; 0.</summary>
    public static void Validate(int samples, double radius)
    {
        if (samples < 1 || samples > MaxSamples)
            throw new FilterException($"LBP samples (lbp2DSamples) must be 1–{MaxSamples}, got {samples}");
        if (!(radius > 0) || !float.IsFinite((float)radius))
            throw new FilterException($"LBP radius (lbp2DRadius) must be a finite number > 0, got {radius}");
    }

    /// <summary>Sample offsets (rows, columns) of the circle, as scikit-image rounds them.</summary>
    public static (double[] Rows, double[] Columns) SampleOffsets(int samples, double radius)
    {
        double r = (float)radius;
        var rows = new double[samples];
        var columns = new double[samples];
        for (int p = 0; p < samples; p++)
        {
            double angle = 2 * Math.PI * p / samples;
            rows[p] = Round5(-r * Math.Sin(angle));
            columns[p] = Round5(r * Math.Cos(angle));
        }
        return (rows, columns);
    }

    // numpy.round(x, 5): rint(x · 10⁵) / 10⁵.
    private static double Round5(double x) => Math.Round(x * 100000.0, MidpointRounding.ToEven) / 100000.0;

    /// <summary>
    /// The LBP image of <paramref name="image"/> (<paramref name="rows"/> × <paramref name="columns"/>, row-major),
    /// written to <paramref name="output"/> (same layout).
    /// </summary>
    public static void Compute(ReadOnlySpan<double> image, int rows, int columns, int samples, double radius,
        LocalBinaryPatternMethod method, Span<double> output)
    {
        Validate(samples, radius);
        if (image.Length != (long)rows * columns || output.Length != image.Length)
            throw new ArgumentException($"image and output must hold {rows} × {columns} values");
        var (dr, dc) = SampleOffsets(samples, radius);
        // A copy framed by one pixel of zeros (scikit-image's constant 0 outside; taps further out are moved onto the
        // frame), so no bounds tests; the taps of a sample depend only on its row (r + Δr_p) or column (c + Δc_p).
        const int frame = 1;
        int stride = columns + 2 * frame;
        var framed = new double[(rows + 2 * frame) * stride];
        for (int r = 0; r < rows; r++) image.Slice(r * columns, columns).CopyTo(framed.AsSpan((r + frame) * stride + frame));
        var rowTaps = Taps(rows, samples, dr, frame, stride);
        var columnTaps = Taps(columns, samples, dc, frame, 1);
        Span<double> texture = stackalloc double[samples];
        Span<int> signs = stackalloc int[samples];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
            {
                double centre = image[r * columns + c];
                for (int p = 0; p < samples; p++)
                {
                    // scikit-image's bilinear_interpolation, term for term.
                    var (row, column) = (rowTaps[r * samples + p], columnTaps[c * samples + p]);
                    double a = row.Fraction, b = column.Fraction;
                    double top = (1 - b) * framed[row.Low + column.Low] + b * framed[row.Low + column.High];
                    double bottom = (1 - b) * framed[row.High + column.Low] + b * framed[row.High + column.High];
                    texture[p] = (1 - a) * top + a * bottom;
                    signs[p] = texture[p] - centre >= 0 ? 1 : 0;
                }
                output[r * columns + c] = Code(texture, signs, method);
            }
    }

    /// <summary>Offsets in the framed copy of the pixels before and after a sample coordinate, and its fraction.</summary>
    private readonly record struct Tap(int Low, int High, double Fraction);

    private static Tap[] Taps(int length, int samples, double[] offsets, int frame, int step)
    {
        var taps = new Tap[length * samples];
        for (int i = 0; i < length; i++)
            for (int p = 0; p < samples; p++)
            {
                double x = i + offsets[p];
                double low = Math.Floor(x), high = Math.Ceiling(x);
                taps[i * samples + p] = new Tap((OntoFrame(low, length) + frame) * step, (OntoFrame(high, length) + frame) * step, x - low);
            }
        return taps;
    }

    private static int OntoFrame(double index, int length) => (int)Math.Clamp(index, -1, length);

    private static double Code(ReadOnlySpan<double> texture, ReadOnlySpan<int> signs, LocalBinaryPatternMethod method)
    {
        int n = signs.Length;
        switch (method)
        {
            case LocalBinaryPatternMethod.Var:
                double sum = 0, squares = 0;
                foreach (double g in texture) { sum += g; squares += g * g; }
                double variance = (squares - sum * sum / n) / n;
                return variance != 0 ? variance : double.NaN;
            case LocalBinaryPatternMethod.Uniform:
            case LocalBinaryPatternMethod.NriUniform:
                int changes = 0;
                for (int p = 0; p < n - 1; p++) changes += signs[p] != signs[p + 1] ? 1 : 0;
                int ones = 0;
                foreach (int s in signs) ones += s;
                if (method == LocalBinaryPatternMethod.Uniform) return changes <= 2 ? ones : n + 1;
                if (changes > 2) return n * (n - 1) + 2;
                if (ones == 0) return 0;
                if (ones == n) return n * (n - 1) + 1;
                int firstOne = signs.IndexOf(1), firstZero = signs.IndexOf(0);
                int rotation = firstOne == 0 ? ones - firstZero : n - firstOne;
                return 1 + (ones - 1) * n + rotation;
            default:
                int code = 0;
                for (int p = 0; p < n; p++) code += signs[p] << p;
                if (method == LocalBinaryPatternMethod.Default) return code;
                int smallest = code, rotated = code;
                for (int p = 1; p < n; p++)
                {
                    rotated = (rotated >> 1) | ((rotated & 1) << (n - 1));
                    smallest = Math.Min(smallest, rotated);
                }
                return smallest;
        }
    }

}
