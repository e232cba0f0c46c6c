using DlRadiomics.Imaging;

namespace DlRadiomics.Tests.Radiomics;

/// <summary>Small images and masks built in code for edge-case tests.</summary>
internal static class SyntheticVolumes
{
    public static ImageGeometry Geometry(int x, int y, int z) =>
        new(new Size3(x, y, z), new Vec3(1, 1, 2), new Vec3(0, 0, 0), Direction.Identity);

    /// <summary>A deterministic textured image: value = (7x + 13y + 29z + xy) mod 50.</summary>
    public static VoxelImage Textured(int sx, int sy, int sz)
    {
        var g = Geometry(sx, sy, sz);
        var v = new double[g.VoxelCount];
        for (int z = 0; z < sz; z++)
            for (int y = 0; y < sy; y++)
                for (int x = 0; x < sx; x++)
                    v[g.Index(x, y, z)] = (7 * x + 13 * y + 29 * z + x * y) % 50;
        return new VoxelImage(g, v);
    }

    /// <summary>A mask with <paramref name="label"/> where <paramref name="inside"/> holds.</summary>
    public static LabelMask Mask(ImageGeometry g, Func<int, int, int, bool> inside, int label = 1)
    {
        var labels = new int[g.VoxelCount];
        for (int z = 0; z < g.Size.Z; z++)
            for (int y = 0; y < g.Size.Y; y++)
                for (int x = 0; x < g.Size.X; x++)
                    if (inside(x, y, z)) labels[g.Index(x, y, z)] = label;
        return new LabelMask(g, labels);
    }
}
