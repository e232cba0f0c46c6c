using System.Globalization;

namespace DlRadiomics.Imaging;

/// <summary>A point or vector in physical space (millimetres, LPS as in ITK and DICOM).</summary>
public readonly record struct Vec3(double X, double Y, double Z)
{
    public double this[int axis] => axis switch { 0 => X, 1 => Y, 2 => Z, _ => throw new ArgumentOutOfRangeException(nameof(axis)) };
    public static Vec3 operator +(Vec3 a, Vec3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
    public static Vec3 operator -(Vec3 a, Vec3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
    public static Vec3 operator *(double s, Vec3 a) => new(s * a.X, s * a.Y, s * a.Z);
    public double Dot(Vec3 o) => X * o.X + Y * o.Y + Z * o.Z;
    public Vec3 Cross(Vec3 o) => new(Y * o.Z - Z * o.Y, Z * o.X - X * o.Z, X * o.Y - Y * o.X);
    public double Norm => Math.Sqrt(Dot(this));
    public double MaxAbsDifference(Vec3 o) => Math.Max(Math.Abs(X - o.X), Math.Max(Math.Abs(Y - o.Y), Math.Abs(Z - o.Z)));
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"({X:G10}, {Y:G10}, {Z:G10})");
}

/// <summary>Number of voxels along i (fastest), j and k.</summary>
public readonly record struct Size3(int X, int Y, int Z)
{
    public long Count => (long)X * Y * Z;
    public int this[int axis] => axis switch { 0 => X, 1 => Y, 2 => Z, _ => throw new ArgumentOutOfRangeException(nameof(axis)) };

    /// <summary>The same size with <paramref name="length"/> voxels along <paramref name="axis"/>.</summary>
    public Size3 With(int axis, int length) => axis switch
    {
        0 => this with { X = length },
        1 => this with { Y = length },
        2 => this with { Z = length },
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    public override string ToString() => $"({X}, {Y}, {Z})";
}
