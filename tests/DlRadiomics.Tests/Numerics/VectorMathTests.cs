using DlRadiomics.Numerics;

namespace DlRadiomics.Tests.Numerics;

public sealed class VectorMathTests
{
    /// <summary>
    /// The register-blocked kernel must give every element the bits of one AddScaled per row, whatever the length
    /// (whole blocks of four vectors, single vectors, a scalar tail) and the coefficient stride.
    /// </summary>
    [Theory]
    [InlineData(100, 120, 1)]
    [InlineData(103, 7, 5)]
    [InlineData(3, 9, 2)]
    [InlineData(21, 1, 1)]
    [InlineData(16, 0, 1)]
    public void AddScaledRows_gives_the_bits_of_AddScaled_row_by_row(int length, int count, int stride)
    {
        var random = new Random(7);
        double Next() => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 4));
        var start = Enumerable.Range(0, length).Select(_ => Next()).ToArray();
        var coefficients = Enumerable.Range(0, Math.Max(1, count * stride)).Select(_ => Next()).ToArray();
        int rowStride = length + 3;
        var rows = Enumerable.Range(0, Math.Max(1, count * rowStride)).Select(_ => Next()).ToArray();

        var expected = (double[])start.Clone();
        for (int t = 0; t < count; t++)
            VectorMath.AddScaled(expected, coefficients[t * stride], rows.AsSpan(t * rowStride, length));
        var actual = (double[])start.Clone();
        VectorMath.AddScaledRows(actual, coefficients, stride, count, rows, rowStride);

        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), actual.Select(BitConverter.DoubleToInt64Bits));
    }
}
