namespace DlRadiomics.Deep;

/// <summary>
/// Bilinear resizing exactly as PyTorch's <c>torch.nn.functional.interpolate(x, size, mode='bilinear',
/// align_corners=False)</c> without antialiasing (its default, and torchvision's <c>Resize</c> on tensors before 0.17),
/// in float32 arithmetic in PyTorch's order of operations.
/// </summary>
/// <remarks>
/// For each output index d along an axis of input length n and output length m, the source coordinate is
/// s = max(0, (d + ½)·n/m − ½) (pixel centres aligned, negative coordinates clamped to the first pixel);
/// i₀ = ⌊s⌋, i₁ = min(i₀ + 1, n − 1), λ₁ = s − i₀, λ₀ = 1 − λ₁. The output is
/// λ₀ʳ(λ₀ᶜ x[i₀ʳ, i₀ᶜ] + λ₁ᶜ x[i₀ʳ, i₁ᶜ]) + λ₁ʳ(λ₀ᶜ x[i₁ʳ, i₀ᶜ] + λ₁ᶜ x[i₁ʳ, i₁ᶜ]). When shrinking, each output pixel
/// reads only its 2 × 2 neighbours (no antialiasing filter), so this differs from PIL's or scikit-image's resize; the
/// test against PyTorch 1.13 pins it. As in PyTorch, n/m is rounded to float32 while s is computed in float64, and λ
/// and the sums are float32: with n/m in float64 the weights of a 267-pixel axis would differ from PyTorch's by up to
/// 3·10⁻⁵; this way the resized pictures agree to one float32 rounding (≤ 1.2·10⁻⁷ on [0, 1]).
/// </remarks>
public static class BilinearResize
{
    /// <summary>Resizes a row-major <paramref name="rows"/> × <paramref name="columns"/> picture to <paramref name="outRows"/> × <paramref name="outColumns"/>.</summary>
    public static float[] Resize(ReadOnlySpan<float> source, int rows, int columns, int outRows, int outColumns)
    {
        if (rows < 1 || columns < 1 || outRows < 1 || outColumns < 1)
            throw new ArgumentException($"sizes must be positive: {rows}×{columns} → {outRows}×{outColumns}");
        if (source.Length != rows * columns)
            throw new ArgumentException($"picture has {source.Length} pixels, expected {rows}×{columns}", nameof(source));
        var (r0, r1, rw0, rw1) = Weights(rows, outRows);
        var (c0, c1, cw0, cw1) = Weights(columns, outColumns);
        var result = new float[outRows * outColumns];
        for (int r = 0; r < outRows; r++)
        {
            var top = source.Slice(r0[r] * columns, columns);
            var bottom = source.Slice(r1[r] * columns, columns);
            for (int c = 0; c < outColumns; c++)
            {
                float upper = top[c0[c]] * cw0[c] + top[c1[c]] * cw1[c];
                float lower = bottom[c0[c]] * cw0[c] + bottom[c1[c]] * cw1[c];
                result[r * outColumns + c] = upper * rw0[r] + lower * rw1[r];
            }
        }
        return result;
    }

    private static (int[] Low, int[] High, float[] Lambda0, float[] Lambda1) Weights(int n, int m)
    {
        double scale = (float)n / m;
        var low = new int[m];
        var high = new int[m];
        var lambda0 = new float[m];
        var lambda1 = new float[m];
        for (int d = 0; d < m; d++)
        {
            double s = Math.Max(0, scale * (d + 0.5) - 0.5);
            low[d] = (int)s;
            high[d] = low[d] < n - 1 ? low[d] + 1 : low[d];
            lambda1[d] = (float)(s - low[d]);
            lambda0[d] = 1f - lambda1[d];
        }
        return (low, high, lambda0, lambda1);
    }
}
