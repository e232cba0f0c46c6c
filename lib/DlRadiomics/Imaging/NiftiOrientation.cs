namespace DlRadiomics.Imaging;

/// <summary>
/// Converts between a NIfTI header's qform/sform (RAS+ world) and our LPS <see cref="ImageGeometry"/>, following
/// ITK's <c>NiftiImageIO</c> (and so SimpleITK and PyRadiomics) rule by rule.
/// </summary>
/// <remarks>
/// <para>Choice of transform (ITK 5.3+): the sform is used when it equals the qform element-wise (1e-5), or when it
/// is a non-degenerate affine whose normalised columns are orthonormal (1e-4) and either the qform code is 0, or the
/// sform code is <c>SCANNER_ANAT</c>, or both codes are set and the two transforms agree in spacing, rotation and
/// offset to 1e-4. Otherwise the qform is used; with neither code set the origin is 0 and the direction identity.</para>
/// <para>Matrix to geometry: for a 4×4 matrix M (RAS), origin = (−M₀₃, −M₁₃, M₂₃) and direction column c =
/// normalise(−M₀c, −M₁c, M₂c). Spacing is <c>pixdim[1..3]</c> (not the matrix column lengths), scaled to millimetres
/// by <c>xyzt_units</c> as ITK does (the origin is not scaled, also as ITK).</para>
/// <para>The qform matrix is <c>nifti_quatern_to_mat44</c>: a = √(1 − b² − c² − d²) and
/// R = [[a²+b²−c²−d², 2(bc−ad), 2(bd+ac)], [2(bc+ad), a²+c²−b²−d², 2(cd−ab)], [2(bd−ac), 2(cd+ab), a²+d²−c²−b²]]
/// times diag(dx, dy, qfac·dz). For NIfTI-1 the matrix elements are rounded to single precision, as niftilib's
/// <c>mat44</c> is float, so origins and directions agree with ITK bit for bit.</para>
/// </remarks>
internal static class NiftiOrientation
{
    public static ImageGeometry Geometry(NiftiHeader h, Size3 size, string path)
    {
        double unit = (h.XyztUnits & 0x07) switch { 1 => 1e3, 3 => 1e-3, _ => 1.0 };
        double Pix(int n) => n < h.PixDim.Length && double.IsFinite(h.PixDim[n]) && h.PixDim[n] != 0 ? Math.Abs(h.PixDim[n]) : 1.0;
        double dx = Pix(1), dy = h.Dim[0] > 1 ? Pix(2) : 1, dz = h.Dim[0] > 2 ? Pix(3) : 1;
        var spacing = new Vec3(dx * unit, dy * unit, dz * unit);

        if (h.QformCode <= 0 && h.SformCode <= 0)
            return new ImageGeometry(size, spacing, new Vec3(0, 0, 0), Direction.Identity);

        double[,] qto = h.QformCode > 0
            ? QuaternToMatrix(h.QuaternB, h.QuaternC, h.QuaternD, h.QOffset, dx, dy, dz, h.PixDim[0] < 0 ? -1 : 1, h.SinglePrecision)
            : new double[,] { { dx, 0, 0, 0 }, { 0, dy, 0, 0 }, { 0, 0, dz, 0 } };
        double[,] sto = new double[3, 4];
        if (h.SformCode > 0)
            for (int r = 0; r < 3; r++) for (int c = 0; c < 4; c++) sto[r, c] = h.Srow[4 * r + c];

        var m = PreferSform(h, sto, qto) ? sto
            : h.QformCode > 0 ? qto
            : throw new ImageFormatException(path, "the sform is not an orthonormal rotation with scaling and there is no qform: no usable orientation");

        var origin = new Vec3(-m[0, 3], -m[1, 3], m[2, 3]);
        Vec3 Column(int c)
        {
            var v = new Vec3(-m[0, c], -m[1, c], m[2, c]);
            double n = v.Norm;
            return n == 0 ? v : (1 / n) * v;
        }
        return new ImageGeometry(size, spacing, origin, Direction.FromAxes(Column(0), Column(1), Column(2)));
    }

    private static bool PreferSform(NiftiHeader h, double[,] sto, double[,] qto)
    {
        bool prefer = MaxAbs3x3(sto, qto) <= 1e-5 && OffsetOneNorm(sto, qto) <= 1e-7;
        if (prefer && h.SformCode == NiftiHeader.XformUnknown) return true;
        if (!IsOrthonormalAffine(sto)) return prefer;
        if (h.QformCode == NiftiHeader.XformUnknown && h.SformCode != NiftiHeader.XformUnknown) return true;
        if (h.SformCode == NiftiHeader.XformScannerAnat) return true;
        if (h.QformCode != NiftiHeader.XformUnknown && h.SformCode != NiftiHeader.XformUnknown) return VerySimilar(sto, qto);
        return prefer;
    }

    private static double MaxAbs3x3(double[,] a, double[,] b)
    {
        double d = 0;
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) d = Math.Max(d, Math.Abs(a[r, c] - b[r, c]));
        return d;
    }

    private static double OffsetOneNorm(double[,] a, double[,] b) =>
        Math.Abs(a[0, 3] - b[0, 3]) + Math.Abs(a[1, 3] - b[1, 3]) + Math.Abs(a[2, 3] - b[2, 3]);

    private static double ColumnNorm(double[,] m, int c) => Math.Sqrt(m[0, c] * m[0, c] + m[1, c] * m[1, c] + m[2, c] * m[2, c]);

    private static double[,] NormalisedColumns(double[,] m)
    {
        var r = new double[3, 3];
        for (int c = 0; c < 3; c++)
        {
            double n = ColumnNorm(m, c);
            for (int row = 0; row < 3; row++) r[row, c] = n == 0 ? 0 : m[row, c] / n;
        }
        return r;
    }

    /// <summary>ITK's "sform decomposable without skew": invertible, and R·Rᵀ = I (1e-4) after normalising columns.</summary>
    private static bool IsOrthonormalAffine(double[,] s)
    {
        double det = s[0, 0] * (s[1, 1] * s[2, 2] - s[1, 2] * s[2, 1]) - s[0, 1] * (s[1, 0] * s[2, 2] - s[1, 2] * s[2, 0]) + s[0, 2] * (s[1, 0] * s[2, 1] - s[1, 1] * s[2, 0]);
        double scale = ColumnNorm(s, 0) * ColumnNorm(s, 1) * ColumnNorm(s, 2);
        if (!(scale > 0) || Math.Abs(det) <= 1e-12 * scale) return false;
        var r = NormalisedColumns(s);
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
            {
                double dot = r[i, 0] * r[j, 0] + r[i, 1] * r[j, 1] + r[i, 2] * r[j, 2];
                if (Math.Abs(dot - (i == j ? 1 : 0)) > 1e-4) return false;
            }
        return true;
    }

    /// <summary>Same scales, rotations and offsets to 1e-4 (ITK compares SVD factors; for matrices with orthogonal
    /// columns these are the column lengths and the normalised columns).</summary>
    private static bool VerySimilar(double[,] s, double[,] q)
    {
        var sn = new[] { ColumnNorm(s, 0), ColumnNorm(s, 1), ColumnNorm(s, 2) }.Order().ToArray();
        var qn = new[] { ColumnNorm(q, 0), ColumnNorm(q, 1), ColumnNorm(q, 2) }.Order().ToArray();
        for (int i = 0; i < 3; i++) if (Math.Abs(sn[i] - qn[i]) > 1e-4) return false;
        var rs = NormalisedColumns(s);
        var rq = NormalisedColumns(q);
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
            {
                double dot = rs[i, 0] * rq[j, 0] + rs[i, 1] * rq[j, 1] + rs[i, 2] * rq[j, 2];
                if (Math.Abs(dot - (i == j ? 1 : 0)) > 1e-4) return false;
            }
        for (int r = 0; r < 3; r++) if (Math.Abs(s[r, 3] - q[r, 3]) > 1e-4) return false;
        return true;
    }

    /// <summary><c>nifti_quatern_to_mat44</c>: the 3×4 qform affine from quaternion, offsets, spacings and qfac.</summary>
    internal static double[,] QuaternToMatrix(double b, double c, double d, Vec3 offset, double dx, double dy, double dz, double qfac, bool single)
    {
        double a = 1.0 - (b * b + c * c + d * d);
        if (a < 1e-7)
        {
            a = 1.0 / Math.Sqrt(b * b + c * c + d * d);
            b *= a; c *= a; d *= a;
            a = 0;
        }
        else a = Math.Sqrt(a);
        double xd = dx > 0 ? dx : 1, yd = dy > 0 ? dy : 1, zd = dz > 0 ? dz : 1;
        if (qfac < 0) zd = -zd;
        var m = new double[,]
        {
            { (a * a + b * b - c * c - d * d) * xd, 2 * (b * c - a * d) * yd, 2 * (b * d + a * c) * zd, offset.X },
            { 2 * (b * c + a * d) * xd, (a * a + c * c - b * b - d * d) * yd, 2 * (c * d - a * b) * zd, offset.Y },
            { 2 * (b * d - a * c) * xd, 2 * (c * d + a * b) * yd, (a * a + d * d - c * c - b * b) * zd, offset.Z },
        };
        if (single)
            for (int r = 0; r < 3; r++) for (int col = 0; col < 4; col++) m[r, col] = (float)m[r, col];
        return m;
    }

    /// <summary>
    /// The header fields that place <paramref name="g"/> in RAS world space: the sform rows (direction × spacing and
    /// the origin) and the equivalent qform quaternion (<c>nifti_mat44_to_quatern</c> on the orthonormal rotation).
    /// </summary>
    public static (double[] Srow, double B, double C, double D, double Qfac, Vec3 Offset) ToHeaderFields(ImageGeometry g)
    {
        var rot = new double[3, 3];
        for (int col = 0; col < 3; col++)
        {
            var axis = g.Direction.Axis(col);
            double n = axis.Norm;
            rot[0, col] = -axis.X / n;
            rot[1, col] = -axis.Y / n;
            rot[2, col] = axis.Z / n;
        }
        var offset = new Vec3(-g.Origin.X, -g.Origin.Y, g.Origin.Z);
        var srow = new double[12];
        for (int r = 0; r < 3; r++)
        {
            for (int col = 0; col < 3; col++) srow[4 * r + col] = rot[r, col] * g.Spacing[col];
            srow[4 * r + 3] = offset[r];
        }

        double det = rot[0, 0] * (rot[1, 1] * rot[2, 2] - rot[1, 2] * rot[2, 1]) - rot[0, 1] * (rot[1, 0] * rot[2, 2] - rot[1, 2] * rot[2, 0]) + rot[0, 2] * (rot[1, 0] * rot[2, 1] - rot[1, 1] * rot[2, 0]);
        double qfac = det > 0 ? 1 : -1;
        if (qfac < 0) for (int r = 0; r < 3; r++) rot[r, 2] = -rot[r, 2];
        double r11 = rot[0, 0], r12 = rot[0, 1], r13 = rot[0, 2], r21 = rot[1, 0], r22 = rot[1, 1], r23 = rot[1, 2], r31 = rot[2, 0], r32 = rot[2, 1], r33 = rot[2, 2];
        double a = r11 + r22 + r33 + 1, b, c, d;
        if (a > 0.5)
        {
            a = 0.5 * Math.Sqrt(a);
            b = 0.25 * (r32 - r23) / a;
            c = 0.25 * (r13 - r31) / a;
            d = 0.25 * (r21 - r12) / a;
        }
        else
        {
            double xd = 1 + r11 - (r22 + r33), yd = 1 + r22 - (r11 + r33), zd = 1 + r33 - (r11 + r22);
            if (xd > 1)
            {
                b = 0.5 * Math.Sqrt(xd);
                c = 0.25 * (r12 + r21) / b;
                d = 0.25 * (r13 + r31) / b;
                a = 0.25 * (r32 - r23) / b;
            }
            else if (yd > 1)
            {
                c = 0.5 * Math.Sqrt(yd);
                b = 0.25 * (r12 + r21) / c;
                d = 0.25 * (r23 + r32) / c;
                a = 0.25 * (r13 - r31) / c;
            }
            else
            {
                d = 0.5 * Math.Sqrt(zd);
                b = 0.25 * (r13 + r31) / d;
                c = 0.25 * (r23 + r32) / d;
                a = 0.25 * (r21 - r12) / d;
            }
            if (a < 0) { b = -b; c = -c; d = -d; }
        }
        return (srow, b, c, d, qfac, offset);
    }
}
