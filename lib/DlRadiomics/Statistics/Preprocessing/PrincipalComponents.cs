using DlRadiomics.Statistics.Selection;
using MathNet.Numerics.LinearAlgebra;

namespace DlRadiomics.Statistics.Preprocessing;

/// <summary>Principal component analysis by singular value decomposition, fitted on training rows only.</summary>
/// <remarks>
/// X_c = X − x̄ = U S Vᵀ (thin SVD). Components are the rows of Vᵀ; explained variance λ_k = s_k² / (n − 1); ratio
/// λ_k / Σ_all λ. Signs follow scikit-learn's <c>svd_flip</c>: each column of U is flipped so that its entry of
/// largest absolute value is positive, and the matching row of Vᵀ with it.
/// </remarks>
public static class PrincipalComponents
{
    public static PcaModel Fit(double[][] training, PcaOptions? options = null)
    {
        options ??= new PcaOptions();
        var cols = FeatureRows.Columns(training, "training");
        int n = training.Length, p = cols.Length, full = Math.Min(n, p);
        if (n < 2) throw new ModelInputException("PCA needs at least 2 training rows");
        int k = options.Components ?? full;
        if (k < 1 || k > full) throw new ModelInputException($"Components = {k}; choose between 1 and min(rows, features) = {full}");
        var mean = cols.Select(c => c.Average()).ToArray();
        var xc = Matrix<double>.Build.Dense(n, p, (i, j) => cols[j][i] - mean[j]);
        // The thin factors come from the orientation with fewer columns, so the square factor stays small.
        Matrix<double> u, vt;
        Vector<double> s;
        if (n >= p)
        {
            var svd = xc.Svd(computeVectors: true);
            u = svd.U.SubMatrix(0, n, 0, full); s = svd.S; vt = svd.VT;
        }
        else
        {
            var svd = xc.Transpose().Svd(computeVectors: true);
            u = svd.VT.Transpose().SubMatrix(0, n, 0, full); s = svd.S; vt = svd.U.SubMatrix(0, p, 0, full).Transpose();
        }
        var components = new double[k][];
        var singular = new double[full];
        for (int c = 0; c < full; c++) singular[c] = s[c];
        for (int c = 0; c < k; c++)
        {
            int argmax = 0;
            for (int i = 1; i < n; i++) if (Math.Abs(u[i, c]) > Math.Abs(u[argmax, c])) argmax = i;
            double sign = u[argmax, c] < 0 ? -1 : 1;
            components[c] = Enumerable.Range(0, p).Select(j => sign * vt[c, j]).ToArray();
        }
        var variance = singular.Select(v => v * v / (n - 1)).ToArray();
        double total = variance.Sum();
        return new PcaModel(mean, components, variance[..k], variance[..k].Select(v => v / total).ToArray(), singular[..k]);
    }
}
