using DlRadiomics.Numerics;

namespace DlRadiomics.Tests.Numerics;

public sealed class VectorMathTests
{
    /// <summary>
    /// The register-blocked product must give every element the bits of the plain loop y ← y + a·b over t in order,
    /// whatever the shape: whole 4-row tiles and the last one to three rows, 512-bit, 256-bit and scalar columns,
    /// A read row-wise (the hidden layer, X·W₁) or transposed through its strides (W₁'s gradient, Xᵀ·delta), no terms.
    /// </summary>
    [Theory]
    [InlineData(200, 100, 120, false)]
    [InlineData(6, 100, 120, false)]
    [InlineData(120, 100, 200, true)]
    [InlineData(30, 100, 6, true)]
    [InlineData(7, 37, 13, false)]
    [InlineData(5, 45, 9, true)]
    [InlineData(3, 3, 4, false)]
    [InlineData(1, 27, 1, true)]
    [InlineData(9, 16, 0, false)]
    public void AddProducts_gives_the_bits_of_the_scalar_loop(int rows, int columns, int count, bool transposed)
    {
        var random = new Random(7);
        double Next() => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 4));
        int yStride = columns + 3, bStride = columns + 5;
        var start = Enumerable.Range(0, rows * yStride).Select(_ => Next()).ToArray();
        var a = Enumerable.Range(0, Math.Max(1, rows * count)).Select(_ => Next()).ToArray();
        var b = Enumerable.Range(0, Math.Max(1, count * bStride)).Select(_ => Next()).ToArray();
        // A[r, t] at r·aRow + t·aStep: rows of a row-major rows × count array, or columns of a count × rows one.
        int aRow = transposed ? 1 : count, aStep = transposed ? rows : 1;

        var expected = (double[])start.Clone();
        for (int r = 0; r < rows; r++)
            for (int j = 0; j < columns; j++)
            {
                double sum = expected[r * yStride + j];
                for (int t = 0; t < count; t++) sum += a[r * aRow + t * aStep] * b[t * bStride + j];
                expected[r * yStride + j] = sum;
            }
        var actual = (double[])start.Clone();
        VectorMath.AddProducts(actual, yStride, rows, columns, a, aRow, aStep, count, b, bStride);

        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), actual.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void AddProducts_refuses_spans_too_short_for_the_shape()
    {
        var y = new double[4 * 10];
        var a = new double[4 * 6];
        var b = new double[6 * 10];
        var error = Assert.Throws<ArgumentException>(() => VectorMath.AddProducts(y, 10, 4, 10, a, 6, 1, 6, b.AsSpan(0, 59), 10));
        Assert.Contains("59", error.Message);
        Assert.Throws<ArgumentException>(() => VectorMath.AddProducts(y, 10, 5, 10, a, 6, 1, 6, b, 10));
    }
}
