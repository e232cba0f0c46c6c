using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DlRadiomics.Numerics;

internal static partial class VectorMath
{
    /// <summary>
    /// Y += A·B for a <paramref name="rows"/> × <paramref name="columns"/> block Y (row r at r·<paramref name="yStride"/>),
    /// A rows × count (A[r, t] at r·<paramref name="aRowStride"/> + t·<paramref name="aStepStride"/>, so Xᵀ is X with the
    /// strides swapped) and B count × columns (row t at t·<paramref name="bStride"/>). Every element takes
    /// y ← y + A[r, t]·B[t, j] for t = 0 … count − 1 in that order, a rounded product then a rounded sum (no fused
    /// multiply–add), so its bits are those of the plain scalar loop whatever the vector width.
    /// </summary>
    /// <remarks>
    /// Register-blocked: a tile of 4 rows × 3 vectors of Y stays in registers over all t, so each vector loaded from B
    /// serves four rows, each broadcast of A three vectors, and twelve independent sums hide the latency of the additions.
    /// The columns go in 512-bit vectors where the processor has them, the rest in 256-bit vectors, the last few scalar.
    /// </remarks>
    public static void AddProducts(Span<double> y, int yStride, int rows, int columns, ReadOnlySpan<double> a, int aRowStride,
        int aStepStride, int count, ReadOnlySpan<double> b, int bStride)
    {
        if (rows == 0 || columns == 0) return;
        if (y.Length < (rows - 1) * yStride + columns
            || count > 0 && (a.Length < (rows - 1) * aRowStride + (count - 1) * aStepStride + 1 || b.Length < (count - 1) * bStride + columns))
            throw new ArgumentException(
                $"AddProducts: a {rows} × {columns} block plus ({rows} × {count})·({count} × {columns}) does not fit spans of {y.Length}, {a.Length} and {b.Length} values with strides {yStride}, ({aRowStride}, {aStepStride}) and {bStride}");
        ref double y0 = ref MemoryMarshal.GetReference(y);
        ref double a0 = ref MemoryMarshal.GetReference(a);
        ref double b0 = ref MemoryMarshal.GetReference(b);
        int j = 0;
        if (Vector512.IsHardwareAccelerated)
            j = AddProductColumns<Lanes512>(ref y0, yStride, rows, j, columns, ref a0, aRowStride, aStepStride, count, ref b0, bStride);
        if (Vector256.IsHardwareAccelerated)
            j = AddProductColumns<Lanes256>(ref y0, yStride, rows, j, columns, ref a0, aRowStride, aStepStride, count, ref b0, bStride);
        for (int r = 0; r < rows; r++)
        {
            ref double yr = ref Unsafe.Add(ref y0, r * yStride);
            ref double ar = ref Unsafe.Add(ref a0, r * aRowStride);
            for (int k = j; k < columns; k++)
            {
                double sum = Unsafe.Add(ref yr, k);
                for (int t = 0; t < count; t++) sum += Unsafe.Add(ref ar, t * aStepStride) * Unsafe.Add(ref b0, t * bStride + k);
                Unsafe.Add(ref yr, k) = sum;
            }
        }
    }

    /// <summary>
    /// <see cref="AddProducts"/> on the whole vectors of columns <paramref name="from"/> onwards; returns the first column
    /// left for a narrower pass.
    /// </summary>
    private static int AddProductColumns<TLanes>(ref double y, int yStride, int rows, int from, int columns, ref double a, int aRowStride,
        int aStepStride, int count, ref double b, int bStride) where TLanes : struct, ILanes<TLanes>
    {
        int r = 0;
        for (; r + 4 <= rows; r += 4)
            AddProductRow<TLanes>(ref Unsafe.Add(ref y, r * yStride), yStride, from, columns, ref Unsafe.Add(ref a, r * aRowStride), aRowStride,
                aStepStride, count, ref b, bStride);
        // The last one to three rows one at a time, as four copies of the same row (strides 0): each copy stores the same sums.
        for (; r < rows; r++)
            AddProductRow<TLanes>(ref Unsafe.Add(ref y, r * yStride), 0, from, columns, ref Unsafe.Add(ref a, r * aRowStride), 0,
                aStepStride, count, ref b, bStride);
        return from + (columns - from) / TLanes.Count * TLanes.Count;
    }

    /// <summary>Four rows of Y (row stride <paramref name="yStride"/>), columns <paramref name="from"/> onwards in tiles of 3 vectors, then 1.</summary>
    private static void AddProductRow<TLanes>(ref double y, nint yStride, int from, int columns, ref double a, nint aRowStride,
        nint aStepStride, int count, ref double b, nint bStride) where TLanes : struct, ILanes<TLanes>
    {
        int w = TLanes.Count, j = from;
        for (; j + 3 * w <= columns; j += 3 * w)
            AddProductTile4x3<TLanes>(ref Unsafe.Add(ref y, j), yStride, ref a, aRowStride, aStepStride, count, ref Unsafe.Add(ref b, j), bStride);
        for (; j + w <= columns; j += w)
            AddProductTile4x1<TLanes>(ref Unsafe.Add(ref y, j), yStride, ref a, aRowStride, aStepStride, count, ref Unsafe.Add(ref b, j), bStride);
    }

    private static void AddProductTile4x3<TLanes>(ref double y, nint yStride, ref double a, nint aRowStride, nint aStepStride, int count,
        ref double b, nint bStride) where TLanes : struct, ILanes<TLanes>
    {
        nint w = TLanes.Count;
        ref double y1 = ref Unsafe.Add(ref y, yStride);
        ref double y2 = ref Unsafe.Add(ref y1, yStride);
        ref double y3 = ref Unsafe.Add(ref y2, yStride);
        TLanes s00 = TLanes.Load(ref y, 0), s01 = TLanes.Load(ref y, w), s02 = TLanes.Load(ref y, 2 * w);
        TLanes s10 = TLanes.Load(ref y1, 0), s11 = TLanes.Load(ref y1, w), s12 = TLanes.Load(ref y1, 2 * w);
        TLanes s20 = TLanes.Load(ref y2, 0), s21 = TLanes.Load(ref y2, w), s22 = TLanes.Load(ref y2, 2 * w);
        TLanes s30 = TLanes.Load(ref y3, 0), s31 = TLanes.Load(ref y3, w), s32 = TLanes.Load(ref y3, 2 * w);
        for (int t = 0; t < count; t++)
        {
            TLanes b0 = TLanes.Load(ref b, 0), b1 = TLanes.Load(ref b, w), b2 = TLanes.Load(ref b, 2 * w);
            TLanes c = TLanes.Broadcast(a);
            s00 = TLanes.AddProduct(s00, c, b0); s01 = TLanes.AddProduct(s01, c, b1); s02 = TLanes.AddProduct(s02, c, b2);
            c = TLanes.Broadcast(Unsafe.Add(ref a, aRowStride));
            s10 = TLanes.AddProduct(s10, c, b0); s11 = TLanes.AddProduct(s11, c, b1); s12 = TLanes.AddProduct(s12, c, b2);
            c = TLanes.Broadcast(Unsafe.Add(ref a, 2 * aRowStride));
            s20 = TLanes.AddProduct(s20, c, b0); s21 = TLanes.AddProduct(s21, c, b1); s22 = TLanes.AddProduct(s22, c, b2);
            c = TLanes.Broadcast(Unsafe.Add(ref a, 3 * aRowStride));
            s30 = TLanes.AddProduct(s30, c, b0); s31 = TLanes.AddProduct(s31, c, b1); s32 = TLanes.AddProduct(s32, c, b2);
            a = ref Unsafe.Add(ref a, aStepStride);
            b = ref Unsafe.Add(ref b, bStride);
        }
        TLanes.Store(s00, ref y, 0); TLanes.Store(s01, ref y, w); TLanes.Store(s02, ref y, 2 * w);
        TLanes.Store(s10, ref y1, 0); TLanes.Store(s11, ref y1, w); TLanes.Store(s12, ref y1, 2 * w);
        TLanes.Store(s20, ref y2, 0); TLanes.Store(s21, ref y2, w); TLanes.Store(s22, ref y2, 2 * w);
        TLanes.Store(s30, ref y3, 0); TLanes.Store(s31, ref y3, w); TLanes.Store(s32, ref y3, 2 * w);
    }

    private static void AddProductTile4x1<TLanes>(ref double y, nint yStride, ref double a, nint aRowStride, nint aStepStride, int count,
        ref double b, nint bStride) where TLanes : struct, ILanes<TLanes>
    {
        ref double y1 = ref Unsafe.Add(ref y, yStride);
        ref double y2 = ref Unsafe.Add(ref y1, yStride);
        ref double y3 = ref Unsafe.Add(ref y2, yStride);
        TLanes s0 = TLanes.Load(ref y, 0), s1 = TLanes.Load(ref y1, 0), s2 = TLanes.Load(ref y2, 0), s3 = TLanes.Load(ref y3, 0);
        for (int t = 0; t < count; t++)
        {
            TLanes bt = TLanes.Load(ref b, 0);
            s0 = TLanes.AddProduct(s0, TLanes.Broadcast(a), bt);
            s1 = TLanes.AddProduct(s1, TLanes.Broadcast(Unsafe.Add(ref a, aRowStride)), bt);
            s2 = TLanes.AddProduct(s2, TLanes.Broadcast(Unsafe.Add(ref a, 2 * aRowStride)), bt);
            s3 = TLanes.AddProduct(s3, TLanes.Broadcast(Unsafe.Add(ref a, 3 * aRowStride)), bt);
            a = ref Unsafe.Add(ref a, aStepStride);
            b = ref Unsafe.Add(ref b, bStride);
        }
        TLanes.Store(s0, ref y, 0); TLanes.Store(s1, ref y1, 0); TLanes.Store(s2, ref y2, 0); TLanes.Store(s3, ref y3, 0);
    }

    /// <summary>One SIMD register of doubles, so that the tiles above are written once for every vector width.</summary>
    private interface ILanes<TSelf> where TSelf : struct, ILanes<TSelf>
    {
        static abstract int Count { get; }
        static abstract TSelf Load(ref double source, nint offset);
        static abstract void Store(TSelf value, ref double target, nint offset);
        static abstract TSelf Broadcast(double value);

        /// <summary>sum + a·b, the product rounded before the sum.</summary>
        static abstract TSelf AddProduct(TSelf sum, TSelf a, TSelf b);
    }

    private readonly struct Lanes256(Vector256<double> value) : ILanes<Lanes256>
    {
        private readonly Vector256<double> _value = value;
        public static int Count => Vector256<double>.Count;
        public static Lanes256 Load(ref double source, nint offset) => new(Vector256.LoadUnsafe(ref source, (nuint)offset));
        public static void Store(Lanes256 value, ref double target, nint offset) => value._value.StoreUnsafe(ref target, (nuint)offset);
        public static Lanes256 Broadcast(double value) => new(Vector256.Create(value));
        public static Lanes256 AddProduct(Lanes256 sum, Lanes256 a, Lanes256 b) => new(sum._value + a._value * b._value);
    }

    private readonly struct Lanes512(Vector512<double> value) : ILanes<Lanes512>
    {
        private readonly Vector512<double> _value = value;
        public static int Count => Vector512<double>.Count;
        public static Lanes512 Load(ref double source, nint offset) => new(Vector512.LoadUnsafe(ref source, (nuint)offset));
        public static void Store(Lanes512 value, ref double target, nint offset) => value._value.StoreUnsafe(ref target, (nuint)offset);
        public static Lanes512 Broadcast(double value) => new(Vector512.Create(value));
        public static Lanes512 AddProduct(Lanes512 sum, Lanes512 a, Lanes512 b) => new(sum._value + a._value * b._value);
    }
}
