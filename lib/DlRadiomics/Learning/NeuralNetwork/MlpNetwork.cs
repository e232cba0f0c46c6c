using System.Numerics;
using DlRadiomics.Numerics;

namespace DlRadiomics.Learning;

/// <summary>
/// The arithmetic of a one-hidden-layer perceptron on a batch of B rows held contiguously (row-major B × m inputs,
/// B × h hidden units): X·W₁ as one register-blocked product (<see cref="VectorMath.AddProducts"/>), each unit's sum
/// taken over the inputs in order.
/// </summary>
internal static class MlpNetwork
{
    /// <summary>
    /// Forward pass: hidden = relu(X·W₁ + b₁) and output = σ(hidden·w₂ + b₂), with W₁ row-major m × h.
    /// </summary>
    public static void Forward(ReadOnlySpan<double> x, int rows, int inputs, ReadOnlySpan<double> w1, ReadOnlySpan<double> b1,
        ReadOnlySpan<double> w2, double b2, Span<double> hidden, Span<double> output)
    {
        int units = b1.Length;
        for (int i = 0; i < rows; i++) b1.CopyTo(hidden.Slice(i * units, units));
        VectorMath.AddProducts(hidden, units, rows, units, x, inputs, 1, inputs, w1, units);
        for (int i = 0; i < rows; i++)
        {
            var h = hidden.Slice(i * units, units);
            Rectify(h);
            output[i] = Numerics.Logistic.Sigmoid(VectorMath.Dot(h, w2) + b2);
        }
    }

    /// <summary>h ← h where h ≥ 0 (NaN kept), 0 where h &lt; 0.</summary>
    public static void Rectify(Span<double> h)
    {
        int n = h.Length, j = 0;
        if (Vector.IsHardwareAccelerated)
            for (; j + Vector<double>.Count <= n; j += Vector<double>.Count)
            {
                var v = new Vector<double>(h[j..]);
                Vector.ConditionalSelect(Vector.LessThan(v, Vector<double>.Zero), Vector<double>.Zero, v).CopyTo(h[j..]);
            }
        for (; j < n; j++)
            if (h[j] < 0) h[j] = 0;
    }
}
