using System.Numerics;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>
/// ITK's <c>RecursiveGaussianImageFilter</c> along one axis: Deriche's fourth-order recursive approximation of
/// convolution with a Gaussian (order 0) or its second derivative (order 2), with the edge value extended to infinity.
/// </summary>
/// <remarks>
/// With <c>σ_d = σ / spacing</c> (voxels), each line is filtered causally,
/// <c>y⁺[i] = N0 x[i] + N1 x[i−1] + N2 x[i−2] + N3 x[i−3] − (D1 y⁺[i−1] + … + D4 y⁺[i−4])</c>, and anti-causally with
/// coefficients M1..M4, and the two are added. The N, D and M coefficients follow Deriche (1993) with ITK's constants
/// (a = 1.3530, b = 1.8151, ω = 0.6681, λ = −1.3932; −0.3531, 0.0902, 2.0787, −1.3732 for order 0, and the
/// second-derivative set), normalised so that the order-0 kernel sums to 1 and the order-2 kernel gives 2 on x²; the
/// order-2 kernel is then multiplied by σ² (ITK's <c>NormalizeAcrossScale</c>, as PyRadiomics sets it). Derivatives are
/// per voxel: the caller divides by spacing².
/// </remarks>
internal sealed class RecursiveGaussian
{
    private double _n0, _n1, _n2, _n3, _d1, _d2, _d3, _d4, _m1, _m2, _m3, _m4;
    private double _bn1, _bn2, _bn3, _bn4, _bm1, _bm2, _bm3, _bm4;

    public RecursiveGaussian(double sigma, double spacing, bool secondOrder)
    {
        double sigmad = sigma / Math.Abs(spacing);
        const double w1 = 0.6681, l1 = -1.3932, w2 = 2.0787, l2 = -1.3732;
        var (sd, dd, ed) = DCoefficients(sigmad, w1, l1, w2, l2);
        if (!secondOrder)
        {
            var (n0, n1, n2, n3, sn, _, _) = NCoefficients(sigmad, 1.3530, 1.8151, w1, l1, -0.3531, 0.0902, w2, l2);
            double alpha0 = 2 * sn / sd - n0;
            (_n0, _n1, _n2, _n3) = (n0 * (1.0 / alpha0), n1 * (1.0 / alpha0), n2 * (1.0 / alpha0), n3 * (1.0 / alpha0));
        }
        else
        {
            double normalization = sigma * sigma;
            var c0 = NCoefficients(sigmad, 1.3530, 1.8151, w1, l1, -0.3531, 0.0902, w2, l2);
            var c2 = NCoefficients(sigmad, -1.3563, 5.2318, w1, l1, 0.3446, -2.2355, w2, l2);
            double beta = -(2 * c2.SN - sd * c2.N0) / (2 * c0.SN - sd * c0.N0);
            double n0 = c2.N0 + beta * c0.N0, n1 = c2.N1 + beta * c0.N1, n2 = c2.N2 + beta * c0.N2, n3 = c2.N3 + beta * c0.N3;
            double sn = c2.SN + beta * c0.SN, dn = c2.DN + beta * c0.DN, en = c2.EN + beta * c0.EN;
            double alpha2 = en * sd * sd - ed * sn * sd - 2 * dn * dd * sd + 2 * dd * dd * sn;
            alpha2 /= sd * sd * sd;
            (_n0, _n1, _n2, _n3) = (n0 * (normalization / alpha2), n1 * (normalization / alpha2),
                n2 * (normalization / alpha2), n3 * (normalization / alpha2));
        }
        RemainingCoefficients();
    }

    private static (double N0, double N1, double N2, double N3, double SN, double DN, double EN) NCoefficients(
        double sigmad, double a1, double b1, double w1, double l1, double a2, double b2, double w2, double l2)
    {
        double sin1 = Math.Sin(w1 / sigmad), sin2 = Math.Sin(w2 / sigmad);
        double cos1 = Math.Cos(w1 / sigmad), cos2 = Math.Cos(w2 / sigmad);
        double exp1 = Math.Exp(l1 / sigmad), exp2 = Math.Exp(l2 / sigmad);
        double n0 = a1 + a2;
        double n1 = exp2 * (b2 * sin2 - (a2 + 2 * a1) * cos2);
        n1 += exp1 * (b1 * sin1 - (a1 + 2 * a2) * cos1);
        double n2 = (a1 + a2) * cos2 * cos1;
        n2 -= b1 * cos2 * sin1 + b2 * cos1 * sin2;
        n2 *= 2 * exp1 * exp2;
        n2 += a2 * exp1 * exp1 + a1 * exp2 * exp2;
        double n3 = exp2 * exp1 * exp1 * (b2 * sin2 - a2 * cos2);
        n3 += exp1 * exp2 * exp2 * (b1 * sin1 - a1 * cos1);
        return (n0, n1, n2, n3, n0 + n1 + n2 + n3, n1 + 2 * n2 + 3 * n3, n1 + 4 * n2 + 9 * n3);
    }

    private (double SD, double DD, double ED) DCoefficients(double sigmad, double w1, double l1, double w2, double l2)
    {
        double cos1 = Math.Cos(w1 / sigmad), cos2 = Math.Cos(w2 / sigmad);
        double exp1 = Math.Exp(l1 / sigmad), exp2 = Math.Exp(l2 / sigmad);
        _d4 = exp1 * exp1 * exp2 * exp2;
        _d3 = -2 * cos1 * exp1 * exp2 * exp2;
        _d3 += -2 * cos2 * exp2 * exp1 * exp1;
        _d2 = 4 * cos2 * cos1 * exp1 * exp2;
        _d2 += exp1 * exp1 + exp2 * exp2;
        _d1 = -2 * (exp2 * cos2 + exp1 * cos1);
        return (1.0 + _d1 + _d2 + _d3 + _d4, _d1 + 2 * _d2 + 3 * _d3 + 4 * _d4, _d1 + 4 * _d2 + 9 * _d3 + 16 * _d4);
    }

    /// <summary>Anti-causal coefficients of a symmetric kernel, and the edge-extension coefficients.</summary>
    private void RemainingCoefficients()
    {
        _m1 = _n1 - _d1 * _n0;
        _m2 = _n2 - _d2 * _n0;
        _m3 = _n3 - _d3 * _n0;
        _m4 = -_d4 * _n0;
        double sn = _n0 + _n1 + _n2 + _n3;
        double sm = _m1 + _m2 + _m3 + _m4;
        double sd = 1.0 + _d1 + _d2 + _d3 + _d4;
        (_bn1, _bn2, _bn3, _bn4) = (_d1 * sn / sd, _d2 * sn / sd, _d3 * sn / sd, _d4 * sn / sd);
        (_bm1, _bm2, _bm3, _bm4) = (_d1 * sm / sd, _d2 * sm / sd, _d3 * sm / sd, _d4 * sm / sd);
    }

    private static Vector<double> Sum4(Vector<double> a1, double b1, Vector<double> a2, double b2, Vector<double> a3, double b3, Vector<double> a4, double b4) =>
        a1 * b1 + a2 * b2 + a3 * b3 + a4 * b4;

    /// <summary>
    /// Filters <c>Vector&lt;double&gt;.Count</c> lines of at least 4 samples at once, one per lane (each lane computed
    /// exactly as a line on its own); <paramref name="output"/> and <paramref name="scratch"/> have the data's length.
    /// </summary>
    public void FilterLines(ReadOnlySpan<Vector<double>> data, Span<Vector<double>> output, Span<Vector<double>> scratch)
    {
        int ln = data.Length;
        var y = output;
        var v1 = data[0];
        y[0] = Sum4(v1, _n0, v1, _n1, v1, _n2, v1, _n3);
        y[1] = Sum4(data[1], _n0, v1, _n1, v1, _n2, v1, _n3);
        y[2] = Sum4(data[2], _n0, data[1], _n1, v1, _n2, v1, _n3);
        y[3] = Sum4(data[3], _n0, data[2], _n1, data[1], _n2, v1, _n3);
        y[0] -= Sum4(v1, _bn1, v1, _bn2, v1, _bn3, v1, _bn4);
        y[1] -= Sum4(y[0], _d1, v1, _bn2, v1, _bn3, v1, _bn4);
        y[2] -= Sum4(y[1], _d1, y[0], _d2, v1, _bn3, v1, _bn4);
        y[3] -= Sum4(y[2], _d1, y[1], _d2, y[0], _d3, v1, _bn4);
        for (int i = 4; i < ln; i++)
        {
            y[i] = Sum4(data[i], _n0, data[i - 1], _n1, data[i - 2], _n2, data[i - 3], _n3);
            y[i] -= Sum4(y[i - 1], _d1, y[i - 2], _d2, y[i - 3], _d3, y[i - 4], _d4);
        }

        var z = scratch;
        var v2 = data[ln - 1];
        z[ln - 1] = Sum4(v2, _m1, v2, _m2, v2, _m3, v2, _m4);
        z[ln - 2] = Sum4(data[ln - 1], _m1, v2, _m2, v2, _m3, v2, _m4);
        z[ln - 3] = Sum4(data[ln - 2], _m1, data[ln - 1], _m2, v2, _m3, v2, _m4);
        z[ln - 4] = Sum4(data[ln - 3], _m1, data[ln - 2], _m2, data[ln - 1], _m3, v2, _m4);
        z[ln - 1] -= Sum4(v2, _bm1, v2, _bm2, v2, _bm3, v2, _bm4);
        z[ln - 2] -= Sum4(z[ln - 1], _d1, v2, _bm2, v2, _bm3, v2, _bm4);
        z[ln - 3] -= Sum4(z[ln - 2], _d1, z[ln - 1], _d2, v2, _bm3, v2, _bm4);
        z[ln - 4] -= Sum4(z[ln - 3], _d1, z[ln - 2], _d2, z[ln - 1], _d3, v2, _bm4);
        for (int i = ln - 4; i > 0; i--)
        {
            z[i - 1] = Sum4(data[i], _m1, data[i + 1], _m2, data[i + 2], _m3, data[i + 3], _m4);
            z[i - 1] -= Sum4(z[i], _d1, z[i + 1], _d2, z[i + 2], _d3, z[i + 3], _d4);
        }
        for (int i = 0; i < ln; i++) y[i] += z[i];
    }
}
