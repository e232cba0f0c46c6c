using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DlRadiomics.Learning;

/// <summary>
/// The inner loops of the tree splitters, written without branches on the data: a node's rows go left or right about
/// half the time in no predictable pattern, so a branch per row would be mispredicted at every other row.
/// </summary>
/// <remarks>
/// Weights are integers, so the sums are exact whatever the order in which lanes add them up; minimum and maximum are
/// order-free as well (no NaN reaches a tree, and vector and scalar Min/Max alike count −0 below +0). Each kernel gives
/// exactly what the plain loop over the rows gives.
/// </remarks>
internal static class SplitKernels
{
    /// <summary>The smallest and the largest of <paramref name="values"/> (at least one).</summary>
    public static (float Min, float Max) MinMax(ReadOnlySpan<float> values)
    {
        ref float first = ref MemoryMarshal.GetReference(values);
        int n = values.Length, width = Vector<float>.Count, k = 0;
        float min = values[0], max = min;
        if (Vector.IsHardwareAccelerated && n >= width)
        {
            var low = Vector.LoadUnsafe(ref first);
            var high = low;
            for (k = width; k <= n - width; k += width)
            {
                var v = Vector.LoadUnsafe(ref first, (nuint)k);
                low = Vector.Min(low, v);
                high = Vector.Max(high, v);
            }
            for (int lane = 0; lane < width; lane++)
            {
                min = Math.Min(min, low[lane]);
                max = Math.Max(max, high[lane]);
            }
        }
        for (; k < n; k++)
        {
            float v = Unsafe.Add(ref first, k);
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        return (min, max);
    }

    /// <summary>
    /// How many <paramref name="values"/> are ≤ <paramref name="bound"/>, and the sums of their
    /// <paramref name="weight"/> and <paramref name="positive"/> (same length as the values).
    /// </summary>
    public static (int Count, int Weight, int Positive) SumAtMost(ReadOnlySpan<float> values, float bound, ReadOnlySpan<int> weight,
        ReadOnlySpan<int> positive)
    {
        ref float v0 = ref MemoryMarshal.GetReference(values);
        ref int w0 = ref MemoryMarshal.GetReference(weight);
        ref int p0 = ref MemoryMarshal.GetReference(positive);
        int n = values.Length, width = Vector<float>.Count, k = 0, count = 0, weightSum = 0, positiveSum = 0;
        if (weight.Length != n || positive.Length != n) throw new ArgumentException("values, weights and positive weights differ in length");
        if (Vector.IsHardwareAccelerated)
        {
            var limit = new Vector<float>(bound);
            Vector<int> counts = Vector<int>.Zero, weights = Vector<int>.Zero, positives = Vector<int>.Zero;
            for (; k <= n - width; k += width)
            {
                var left = Vector.LessThanOrEqual(Vector.LoadUnsafe(ref v0, (nuint)k), limit);
                counts -= left;
                weights += Vector.LoadUnsafe(ref w0, (nuint)k) & left;
                positives += Vector.LoadUnsafe(ref p0, (nuint)k) & left;
            }
            (count, weightSum, positiveSum) = (Vector.Sum(counts), Vector.Sum(weights), Vector.Sum(positives));
        }
        for (; k < n; k++)
        {
            int left = -(Unsafe.Add(ref v0, k) <= bound ? 1 : 0);
            count -= left;
            weightSum += Unsafe.Add(ref w0, k) & left;
            positiveSum += Unsafe.Add(ref p0, k) & left;
        }
        return (count, weightSum, positiveSum);
    }

    /// <summary>
    /// The largest single-precision number ≤ <paramref name="threshold"/> (finite, within single precision's range), so
    /// that for every float v, v ≤ <paramref name="threshold"/> exactly when v ≤ the result.
    /// </summary>
    public static float SingleAtMost(double threshold)
    {
        float bound = (float)threshold;
        return bound > threshold ? MathF.BitDecrement(bound) : bound;
    }

    /// <summary>
    /// Reorders <paramref name="rows"/> stably so that the rows r with <paramref name="goesLeft"/>[r] = 1 come first
    /// (the others have 0); returns how many there are. <paramref name="buffer"/> holds at least as many items.
    /// </summary>
    /// <remarks>
    /// With AVX-512 (VL), eight rows at a time: their flags are gathered, each side's rows are packed together
    /// (<c>vpcompressd</c>) and stored whole at that side's end, which then advances by the side's count; the last
    /// rows go one at a time.
    /// </remarks>
    /// <exception cref="IndexOutOfRangeException">A row beyond <paramref name="goesLeft"/>.</exception>
    public static int Partition(Span<int> rows, ReadOnlySpan<int> goesLeft, Span<int> buffer) =>
        Partition(rows, goesLeft, buffer, Avx512F.VL.IsSupported && Avx2.IsSupported);

    /// <summary><see cref="Partition(Span{int}, ReadOnlySpan{int}, Span{int})"/>, eight rows at a time only when <paramref name="packed"/>.</summary>
    internal static int Partition(Span<int> rows, ReadOnlySpan<int> goesLeft, Span<int> buffer, bool packed)
    {
        if (buffer.Length < rows.Length) throw new ArgumentException("the buffer is shorter than the rows");
        int left = 0, right = 0, k = 0;
        if (packed) (left, right, k) = PartitionEights(rows, goesLeft, buffer);
        ref int r0 = ref MemoryMarshal.GetReference(rows);
        ref int b0 = ref MemoryMarshal.GetReference(buffer);
        for (; k < rows.Length; k++)
        {
            // Every row is written to both sides; only the side it belongs to advances. left ≤ k, so nothing unread is overwritten.
            int r = Unsafe.Add(ref r0, k), g = goesLeft[r];
            Unsafe.Add(ref r0, left) = r;
            Unsafe.Add(ref b0, right) = r;
            left += g;
            right += 1 - g;
        }
        buffer[..right].CopyTo(rows[left..]);
        return left;
    }

    /// <summary>The packed part of <see cref="Partition(Span{int}, ReadOnlySpan{int}, Span{int}, bool)"/>: the whole eights of rows.</summary>
    private static unsafe (int Left, int Right, int Done) PartitionEights(Span<int> rows, ReadOnlySpan<int> goesLeft, Span<int> buffer)
    {
        int left = 0, right = 0, k = 0, n = rows.Length;
        var limit = Vector256.Create((uint)goesLeft.Length);
        fixed (int* r = rows, g = goesLeft, b = buffer)
        {
            for (; k <= n - 8; k += 8)
            {
                var chunk = Avx.LoadVector256(r + k);
                // The gather reads unchecked: every row must index the flags.
                if (!Vector256.LessThanAll(chunk.AsUInt32(), limit))
                    throw new IndexOutOfRangeException("a row is beyond the flags");
                var toLeft = Vector256.GreaterThan(Avx2.GatherVector256(g, chunk, 4), Vector256<int>.Zero);
                // Whole eights are stored: left, right ≤ k, so they end within this chunk's place and the buffer.
                Avx.Store(r + left, Avx512F.VL.Compress(chunk, toLeft, chunk));
                Avx.Store(b + right, Avx512F.VL.Compress(chunk, ~toLeft, chunk));
                int count = BitOperations.PopCount(toLeft.ExtractMostSignificantBits());
                left += count;
                right += 8 - count;
            }
        }
        return (left, right, k);
    }
}
