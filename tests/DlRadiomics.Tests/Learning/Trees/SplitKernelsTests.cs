using DlRadiomics.Learning;

namespace DlRadiomics.Tests.Learning;

/// <summary>Each split kernel against the plain loop it replaces, on lengths around the vector width: exact equality.</summary>
public class SplitKernelsTests
{
    private static readonly int[] Lengths = [1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 64, 100, 1001];

    /// <summary>Values with ties (a coarse grid), negatives and a wide range, as standardised features have.</summary>
    private static float[] Values(Random random, int n) =>
        Enumerable.Range(0, n).Select(_ => random.Next(4) == 0 ? random.Next(-3, 4) * 0.5f : (float)(random.NextDouble() * 40 - 20)).ToArray();

    [Fact]
    public void MinMaxIsTheScalarLoops()
    {
        var random = new Random(11);
        foreach (int n in Lengths)
        {
            var values = Values(random, n);
            float min = values[0], max = values[0];
            foreach (float v in values)
            {
                if (v < min) min = v;
                if (v > max) max = v;
            }
            Assert.Equal((min, max), SplitKernels.MinMax(values));
        }
    }

    [Fact]
    public void MinMaxCountsNegativeZeroBelowPositiveZeroWhateverTheOrder()
    {
        foreach (int n in Lengths.Where(n => n >= 2))
        {
            var values = new float[n];
            values[n / 2] = -0f;
            var (min, max) = SplitKernels.MinMax(values);
            Assert.True(float.IsNegative(min) && min == 0);
            Assert.True(!float.IsNegative(max) && max == 0);
        }
    }

    [Fact]
    public void SumAtMostIsTheScalarLoops()
    {
        var random = new Random(12);
        foreach (int n in Lengths)
        {
            var values = Values(random, n);
            var weight = Enumerable.Range(0, n).Select(_ => random.Next(0, 4)).ToArray();
            var positive = weight.Select(w => random.Next(2) * w).ToArray();
            // Bounds below, at and between the values, and above all.
            foreach (float bound in new[] { -100f, values[0], values[n / 2], 0.25f, 100f })
            {
                int count = 0, w = 0, p = 0;
                for (int k = 0; k < n; k++)
                {
                    if (values[k] > bound) continue;
                    count++;
                    w += weight[k];
                    p += positive[k];
                }
                Assert.Equal((count, w, p), SplitKernels.SumAtMost(values, bound, weight, positive));
            }
        }
    }

    [Fact]
    public void SingleAtMostKeepsTheDoubleComparison()
    {
        var random = new Random(13);
        var floats = Values(random, 200);
        foreach (float a in floats.Take(40))
        {
            // Thresholds just below, at and just above a float, and between two of them, as the random splitter draws.
            var thresholds = new[] { (double)a, Math.BitDecrement((double)a), Math.BitIncrement((double)a), a * 0.999999937 + 1e-9 };
            foreach (double threshold in thresholds)
            {
                float bound = SplitKernels.SingleAtMost(threshold);
                Assert.True(bound <= threshold);
                Assert.All(floats.Append(a).Append(MathF.BitIncrement(a)).Append(MathF.BitDecrement(a)),
                    v => Assert.Equal(v <= threshold, v <= bound));
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PartitionIsTheStableTwoListLoop(bool packed)
    {
        // The packed path needs AVX-512; where the processor lacks it, the one-at-a-time path is all there is.
        packed &= System.Runtime.Intrinsics.X86.Avx512F.VL.IsSupported && System.Runtime.Intrinsics.X86.Avx2.IsSupported;
        var random = new Random(14);
        foreach (int n in Lengths)
        {
            int rowCount = n + 5;
            var goesLeft = Enumerable.Range(0, rowCount).Select(_ => random.Next(2)).ToArray();
            var rows = Enumerable.Range(0, rowCount).OrderBy(_ => random.Next()).Take(n).ToArray();
            var expectedLeft = rows.Where(r => goesLeft[r] == 1).ToList();
            var expected = expectedLeft.Concat(rows.Where(r => goesLeft[r] == 0)).ToArray();
            int left = SplitKernels.Partition(rows, goesLeft, new int[n], packed);
            Assert.Equal(expectedLeft.Count, left);
            Assert.Equal(expected, rows);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PartitionRefusesARowBeyondTheFlags(bool packed)
    {
        packed &= System.Runtime.Intrinsics.X86.Avx512F.VL.IsSupported && System.Runtime.Intrinsics.X86.Avx2.IsSupported;
        var rows = Enumerable.Range(0, 16).ToArray();
        rows[3] = 16;
        Assert.Throws<IndexOutOfRangeException>(() => SplitKernels.Partition(rows, new int[16], new int[16], packed));
    }
}
