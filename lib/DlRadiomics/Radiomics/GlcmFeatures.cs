using DlRadiomics.Numerics;
using DlRadiomics.Radiomics.Texture;

namespace DlRadiomics.Radiomics;

/// <summary>
/// PyRadiomics <c>glcm</c>: 24 Haralick-type features of the grey-level co-occurrence matrix (Haralick, Shanmugam and
/// Dinstein 1973), computed per direction and averaged (numpy.nanmean), or on the single weighted matrix.
/// </summary>
/// <remarks>
/// With p(i, j) the normalised matrix over the present grey levels i, j (bin numbers), p_x(i) = Σ_j p(i, j),
/// p_y(j) = Σ_i p(i, j), μ_x = Σ i·p(i, j), μ_y = Σ j·p(i, j), σ_x² = Σ (i − μ_x)² p(i, j), σ_y² likewise,
/// p_{x+y}(k) = Σ_{i+j=k} p(i, j) (k = 2…2N_g), p_{x−y}(k) = Σ_{|i−j|=k} p(i, j) (k = 0…N_g−1), N_g the largest
/// grey level, ε = 2.2·10⁻¹⁶, HX = −Σ p_x log₂(p_x + ε), HY likewise, HXY = −Σ p log₂(p + ε),
/// HXY1 = −Σ p(i, j) log₂(p_x(i) p_y(j) + ε), HXY2 = −Σ p_x(i) p_y(j) log₂(p_x(i) p_y(j) + ε):
/// Autocorrelation = Σ p·i·j; JointAverage = μ_x; ClusterProminence/Shade/Tendency = Σ (i + j − μ_x − μ_y)^{4/3/2} p;
/// Contrast = Σ (i − j)² p; Correlation = (Σ p·i·j − μ_x μ_y)/(σ_x σ_y + ε), 1 when σ_x σ_y = 0;
/// DifferenceAverage DA = Σ k p_{x−y}(k); DifferenceEntropy = −Σ p_{x−y} log₂(p_{x−y} + ε);
/// DifferenceVariance = Σ (k − DA)² p_{x−y}(k); JointEnergy = Σ p²; JointEntropy = HXY;
/// Imc1 = (HXY − HXY1)/max(HX, HY), 0 when both are 0; Imc2 = √(1 − e^{−2(HXY2 − HXY)}), 0 when HXY2 = HXY;
/// Idm = Σ p_{x−y}(k)/(1 + k²); Idmn = Σ p_{x−y}(k)/(1 + k²/N_g²); Id = Σ p_{x−y}(k)/(1 + k); Idn = Σ p_{x−y}(k)/(1 + k/N_g);
/// InverseVariance = Σ_{k≥1} p_{x−y}(k)/k²; MaximumProbability = max p; SumAverage = Σ k p_{x+y}(k);
/// SumEntropy = −Σ p_{x+y} log₂(p_{x+y} + ε); SumSquares = Σ (i − μ_x)² p;
/// MCC = √(second largest eigenvalue of Q), Q(i, j) = Σ_k p(i, k) p(j, k)/(p_x(i) p_y(k) + ε), 1 for a single grey level.
/// Deprecated duplicates (no value, as in PyRadiomics): Dissimilarity = DifferenceAverage, Homogeneity1 = Id,
/// Homogeneity2 = Idm, SumVariance = ClusterTendency.
/// </remarks>
public sealed class GlcmFeatures : IFeatureClass
{
    public string Name => "glcm";

    public IReadOnlyList<string> DefaultFeatures { get; } =
    [
        "Autocorrelation", "ClusterProminence", "ClusterShade", "ClusterTendency", "Contrast", "Correlation",
        "DifferenceAverage", "DifferenceEntropy", "DifferenceVariance", "Id", "Idm", "Idmn", "Idn", "Imc1", "Imc2",
        "InverseVariance", "JointAverage", "JointEnergy", "JointEntropy", "MCC", "MaximumProbability", "SumAverage",
        "SumEntropy", "SumSquares",
    ];

    public IReadOnlyList<string> ExtraFeatures { get; } = [];

    public IReadOnlyDictionary<string, string> DeprecatedFeatures { get; } = new Dictionary<string, string>
    {
        ["Dissimilarity"] = "DifferenceAverage", ["Homogeneity1"] = "Id", ["Homogeneity2"] = "Idm", ["SumVariance"] = "ClusterTendency",
    };

    public IReadOnlyDictionary<string, double> Compute(FeatureInput input)
    {
        var roi = input.Discretized;
        var glcm = GrayLevelCooccurrenceMatrix.Compute(roi, input.Settings);
        var perAngle = DefaultFeatures.ToDictionary(f => f, _ => new double[glcm.Matrices.Count]);
        var levels = glcm.GrayLevels.Select(g => (double)g).ToArray();
        for (int a = 0; a < glcm.Matrices.Count; a++)
            foreach (var (name, value) in AngleFeatures(glcm.Matrices[a], levels, roi.MaxGrayLevel))
                perAngle[name][a] = value;

        var result = new Dictionary<string, double>();
        foreach (var (name, values) in perAngle)
            result[name] = name == "JointAverage" ? AngleAverage.Mean(values) : AngleAverage.NanMean(values);
        if (levels.Length < 2) result["MCC"] = 1;
        return result;
    }

    private static (string Name, double Value)[] AngleFeatures(double[] p, double[] g, int ng)
    {
        const double eps = FirstOrderFeatures.Eps;
        int n = g.Length;
        var px = new double[n];
        var py = new double[n];
        var sum = new double[2 * ng + 1];
        var diff = new double[ng];
        double ux = 0, uy = 0, autocorrelation = 0, contrast = 0, energy = 0, hxy = 0, max = double.MinValue;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double v = p[i * n + j];
                px[i] += v;
                py[j] += v;
                ux += g[i] * v;
                uy += g[j] * v;
                autocorrelation += g[i] * g[j] * v;
                contrast += (g[i] - g[j]) * (g[i] - g[j]) * v;
                energy += v * v;
                // An empty cell's term v·log₂(v + ε) is −0, which leaves the sum unchanged: only its logarithm is saved.
                if (v != 0) hxy -= v * Math.Log2(v + eps);
                if (v > max || double.IsNaN(v)) max = v;
                sum[(int)(g[i] + g[j])] += v;
                diff[(int)Math.Abs(g[i] - g[j])] += v;
            }

        double prominence = 0, shade = 0, tendency = 0, sigx2 = 0, sigy2 = 0, corm = 0, hxy1 = 0, hxy2 = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double v = p[i * n + j];
                double c = g[i] + g[j] - ux - uy;
                prominence += c * c * c * c * v;
                shade += c * c * c * v;
                tendency += c * c * v;
                sigx2 += (g[i] - ux) * (g[i] - ux) * v;
                sigy2 += (g[j] - uy) * (g[j] - uy) * v;
                corm += (g[i] - ux) * (g[j] - uy) * v;
                double pxy = px[i] * py[j];
                if (pxy == 0) continue; // then v = 0 too, and both terms are ±0
                double log = Math.Log2(pxy + eps);
                hxy1 -= v * log;
                hxy2 -= pxy * log;
            }
        double hx = 0, hy = 0;
        for (int i = 0; i < n; i++) { hx -= px[i] * Math.Log2(px[i] + eps); hy -= py[i] * Math.Log2(py[i] + eps); }

        double sigxy = Math.Sqrt(sigx2) * Math.Sqrt(sigy2);
        double da = 0, de = 0, idm = 0, idmn = 0, id = 0, idn = 0, inverseVariance = 0;
        for (int k = 0; k < ng; k++)
        {
            double v = diff[k];
            da += k * v;
            de -= v * Math.Log2(v + eps);
            idm += v / (1.0 + (double)k * k);
            idmn += v / (1 + (double)k * k / ((double)ng * ng));
            id += v / (1.0 + k);
            idn += v / (1 + (double)k / ng);
            if (k >= 1) inverseVariance += v / ((double)k * k);
        }
        double dv = 0;
        for (int k = 0; k < ng; k++) dv += (k - da) * (k - da) * diff[k];
        double sa = 0, se = 0;
        for (int k = 2; k <= 2 * ng; k++) { sa += k * sum[k]; se -= sum[k] * Math.Log2(sum[k] + eps); }

        double div = Math.Max(hx, hy);
        double imc1 = div != 0 ? (hxy - hxy1) / div : 0;
        double imc2 = hxy2 == hxy ? 0 : Math.Sqrt(1 - Math.Exp(-2 * (hxy2 - hxy)));

        return
        [
            ("Autocorrelation", autocorrelation),
            ("ClusterProminence", prominence),
            ("ClusterShade", shade),
            ("ClusterTendency", tendency),
            ("Contrast", contrast),
            ("Correlation", sigxy == 0 ? 1 : corm / (sigxy + eps)),
            ("DifferenceAverage", da),
            ("DifferenceEntropy", de),
            ("DifferenceVariance", dv),
            ("Id", id),
            ("Idm", idm),
            ("Idmn", idmn),
            ("Idn", idn),
            ("Imc1", imc1),
            ("Imc2", imc2),
            ("InverseVariance", inverseVariance),
            ("JointAverage", ux),
            ("JointEnergy", energy),
            ("JointEntropy", hxy),
            ("MCC", n < 2 ? 1 : Mcc(p, px, py, n)),
            ("MaximumProbability", max),
            ("SumAverage", sa),
            ("SumEntropy", se),
            ("SumSquares", sigx2),
        ];
    }

    /// <summary>
    /// √ of the second largest eigenvalue of Q. Q = D_x⁻¹ P D_y⁻¹ Pᵀ is similar to the symmetric
    /// D_x^{−½} P D_y⁻¹ Pᵀ D_x^{−½}, so its eigenvalues are real and are computed from that matrix; grey levels
    /// without pairs in this direction (p_x = 0) add zero eigenvalues. The ε of PyRadiomics' Q changes them by less than
    /// ε/(p_x p_y), far below the reported precision. For a symmetric P (<c>symmetricalGLCM</c>, the default) p_x = p_y
    /// and that matrix is A² with A = D_x^{−½} P D_x^{−½} symmetric, so its eigenvalues are the squares of A's: one
    /// eigen-decomposition of A, without forming the product.
    /// </summary>
    private static double Mcc(double[] p, double[] px, double[] py, int n)
    {
        var rows = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) if (px[i] > 0) rows[m++] = i;
        var eigen = IsSymmetric(p, n) ? SquaredEigenvalues(p, px, rows, m, n) : ProductEigenvalues(p, px, py, rows, m, n);
        // The n − m levels without pairs contribute zero eigenvalues.
        double second = m == n ? eigen[^2] : m >= 2 ? Math.Max(eigen[^2], 0) : 0;
        return second < 0 ? double.NaN : Math.Sqrt(second);
    }

    private static bool IsSymmetric(double[] p, int n)
    {
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (p[i * n + j] != p[j * n + i]) return false;
        return true;
    }

    /// <summary>Eigenvalues of A², ascending: the squared eigenvalues of A(a, b) = p(i_a, i_b)/√(p_x(i_a) p_x(i_b)).</summary>
    private static double[] SquaredEigenvalues(double[] p, double[] px, int[] rows, int m, int n)
    {
        var a = new double[m * m];
        for (int r = 0; r < m; r++)
            for (int c = 0; c <= r; c++)
                a[r * m + c] = a[c * m + r] = p[rows[r] * n + rows[c]] / Math.Sqrt(px[rows[r]] * px[rows[c]]);
        var eigen = SymmetricEigenvalues.Compute(a, m);
        for (int k = 0; k < m; k++) eigen[k] *= eigen[k];
        Array.Sort(eigen);
        return eigen;
    }

    /// <summary>Eigenvalues of T(a, b) = Σ_k p(i_a, k) p(i_b, k)/(p_y(k) √(p_x(i_a) p_x(i_b))), ascending.</summary>
    private static double[] ProductEigenvalues(double[] p, double[] px, double[] py, int[] rows, int m, int n)
    {
        // r(a, k) = p(i_a, k)/√p_y(k) over the levels with pairs, so T(a, b) = Σ_k r(a, k) r(b, k) / √(p_x(i_a) p_x(i_b)).
        // Levels k with p_y(k) = 0 only add zero terms to the sums, so their columns are left out (the sums are unchanged).
        var columns = new int[n];
        int c = 0;
        for (int k = 0; k < n; k++) if (py[k] > 0) columns[c++] = k;
        var r = new double[m * c];
        for (int a = 0; a < m; a++)
            for (int j = 0; j < c; j++)
                r[a * c + j] = p[rows[a] * n + columns[j]] / Math.Sqrt(py[columns[j]]);
        var t = new double[m * m];
        for (int a = 0; a < m; a++)
            for (int b = a; b < m; b++)
            {
                double s = 0;
                for (int j = 0; j < c; j++) s += r[a * c + j] * r[b * c + j];
                t[a * m + b] = t[b * m + a] = s / Math.Sqrt(px[rows[a]] * px[rows[b]]);
            }
        return SymmetricEigenvalues.Compute(t, m);
    }
}
