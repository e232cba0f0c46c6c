using System.Globalization;

namespace DlRadiomics.Imaging;

/// <summary>
/// 3×3 direction-cosine matrix as ITK stores it: column c is the unit vector of voxel axis c (i, j, k) in physical
/// LPS space. Row-major storage, value equality.
/// </summary>
public sealed class Direction : IEquatable<Direction>
{
    private readonly double[] _m;

    public Direction(IReadOnlyList<double> rowMajor)
    {
        if (rowMajor.Count != 9) throw new ArgumentException($"a direction matrix needs 9 values, got {rowMajor.Count}", nameof(rowMajor));
        _m = rowMajor.ToArray();
    }

    public static Direction Identity { get; } = new([1, 0, 0, 0, 1, 0, 0, 0, 1]);

    /// <summary>Builds the matrix from the three axis vectors (its columns).</summary>
    public static Direction FromAxes(Vec3 i, Vec3 j, Vec3 k) => new([i.X, j.X, k.X, i.Y, j.Y, k.Y, i.Z, j.Z, k.Z]);

    public double this[int row, int col] => _m[row * 3 + col];

    public Vec3 Axis(int col) => new(_m[col], _m[3 + col], _m[6 + col]);

    public Vec3 Multiply(Vec3 v) => new(
        _m[0] * v.X + _m[1] * v.Y + _m[2] * v.Z,
        _m[3] * v.X + _m[4] * v.Y + _m[5] * v.Z,
        _m[6] * v.X + _m[7] * v.Y + _m[8] * v.Z);

    /// <summary>Transpose, which is the inverse for an orthonormal matrix.</summary>
    public Vec3 MultiplyTransposed(Vec3 v) => new(
        _m[0] * v.X + _m[3] * v.Y + _m[6] * v.Z,
        _m[1] * v.X + _m[4] * v.Y + _m[7] * v.Z,
        _m[2] * v.X + _m[5] * v.Y + _m[8] * v.Z);

    public double[] ToRowMajorArray() => (double[])_m.Clone();

    public double MaxAbsDifference(Direction other)
    {
        double d = 0;
        for (int i = 0; i < 9; i++) d = Math.Max(d, Math.Abs(_m[i] - other._m[i]));
        return d;
    }

    public bool Equals(Direction? other) => other is not null && _m.AsSpan().SequenceEqual(other._m);
    public override bool Equals(object? obj) => Equals(obj as Direction);
    public override int GetHashCode() => HashCode.Combine(_m[0], _m[4], _m[8]);
    public override string ToString() => "[" + string.Join(", ", _m.Select(v => v.ToString("G10", CultureInfo.InvariantCulture))) + "]";
}
