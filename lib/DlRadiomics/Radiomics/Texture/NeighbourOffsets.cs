using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Texture;

/// <summary>One neighbour direction: offsets in array order (z, y, x), as PyRadiomics' angles.</summary>
public readonly record struct Offset(int Dz, int Dy, int Dx)
{
    /// <summary>Linear index step on a grid of <paramref name="size"/> (x fastest).</summary>
    public long Step(Size3 size) => Dx + (long)Dy * size.X + (long)Dz * size.X * size.Y;

    public Offset Negated => new(-Dz, -Dy, -Dx);

    /// <summary>True when (x, y, z) + this offset lies inside a grid of <paramref name="size"/>.</summary>
    public bool Fits(int x, int y, int z, Size3 size) =>
        (uint)(x + Dx) < (uint)size.X && (uint)(y + Dy) < (uint)size.Y && (uint)(z + Dz) < (uint)size.Z;
}

/// <summary>
/// The neighbour directions PyRadiomics generates (<c>generate_angles</c> in its C extension): every offset whose
/// infinity norm is one of the requested distances, no larger than the grid allows (|offset| &lt; size per axis),
/// none along the out-of-plane axis when <c>force2D</c> is set, one of each ± pair (the one whose first non-zero
/// component in z, y, x order is positive), in PyRadiomics' order. Distance 1 in 3-D gives 13 directions (26
/// neighbours); in 2-D 4 directions (8 neighbours).
/// </summary>
public static class NeighbourOffsets
{
    public static Offset[] Generate(Size3 size, IReadOnlyList<int> distances, bool force2D, int force2DDimension)
    {
        int maxDistance = distances.Max();
        int[] axisSize = [size.Z, size.Y, size.X];
        // No offset reaches past size − 1 on an axis, so the loops stop there: a distance far beyond the grid
        // (a mistyped 1000000) costs nothing instead of (2d + 1)³ steps.
        int rz = Math.Min(maxDistance, size.Z - 1), ry = Math.Min(maxDistance, size.Y - 1), rx = Math.Min(maxDistance, size.X - 1);
        var result = new List<Offset>();
        for (int dz = rz; dz >= -rz; dz--)
            for (int dy = ry; dy >= -ry; dy--)
                for (int dx = rx; dx >= -rx; dx--)
                {
                    int[] o = [dz, dy, dx];
                    bool valid = true;
                    for (int d = 0; d < 3; d++)
                        if ((force2D && d == force2DDimension && o[d] != 0) || Math.Abs(o[d]) >= axisSize[d]) valid = false;
                    int norm = Math.Max(Math.Abs(dz), Math.Max(Math.Abs(dy), Math.Abs(dx)));
                    if (!valid || norm == 0 || !distances.Contains(norm)) continue;
                    bool positive = dz > 0 || (dz == 0 && (dy > 0 || (dy == 0 && dx > 0)));
                    if (positive) result.Add(new Offset(dz, dy, dx));
                }
        return result.ToArray();
    }

    /// <summary>The offsets and their negations: the full symmetric neighbourhood.</summary>
    public static Offset[] Bidirectional(Offset[] offsets) => offsets.Concat(offsets.Select(o => o.Negated)).ToArray();

    /// <summary>
    /// Weight of a direction for <see cref="WeightingNorm"/>, from its length in mm: <paramref name="exponential"/> gives
    /// GLCM's e^(−‖d‖²) (euclidean: e^(−Σd²)), otherwise GLRLM's plain ‖d‖.
    /// </summary>
    public static double Weight(Offset a, Vec3 spacing, WeightingNorm norm, bool exponential)
    {
        double z = Math.Abs(a.Dz) * spacing.Z, y = Math.Abs(a.Dy) * spacing.Y, x = Math.Abs(a.Dx) * spacing.X;
        return norm switch
        {
            WeightingNorm.NoWeighting => 1,
            WeightingNorm.Infinity => exponential ? Math.Exp(-Math.Pow(Math.Max(z, Math.Max(y, x)), 2)) : Math.Max(z, Math.Max(y, x)),
            WeightingNorm.Euclidean => exponential ? Math.Exp(-(z * z + y * y + x * x)) : Math.Sqrt(z * z + y * y + x * x),
            WeightingNorm.Manhattan => exponential ? Math.Exp(-Math.Pow(z + y + x, 2)) : z + y + x,
            _ => throw new ArgumentOutOfRangeException(nameof(norm)),
        };
    }
}
