using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Shape;

/// <summary>
/// A binary mask cropped to the bounding box of its ROI and padded with one layer of background on every side, so
/// that a marching cube or square never reads outside the grid (PyRadiomics pads its mask the same way).
/// Indexing is x fastest: <c>x + SizeX·(y + SizeY·z)</c>.
/// </summary>
internal sealed record PaddedGrid(bool[] Inside, int SizeX, int SizeY, int SizeZ, int Count)
{
    /// <summary>Crops and pads a 3-D mask; every axis gets one background layer on both sides.</summary>
    public static PaddedGrid Crop(bool[] mask, Size3 size) => Crop(mask, size, padZ: true);

    /// <summary>Crops and pads a 2-D mask (one slice); only x and y get background layers.</summary>
    public static PaddedGrid Crop2D(bool[] mask, int width, int height) => Crop(mask, new Size3(width, height, 1), padZ: false);

    private static PaddedGrid Crop(bool[] mask, Size3 size, bool padZ)
    {
        if (size.X <= 0 || size.Y <= 0 || size.Z <= 0)
            throw new ShapeInputException($"mask size {size} has an empty axis");
        if (mask.LongLength != size.Count)
            throw new ShapeInputException($"mask has {mask.LongLength} voxels but its size {size} needs {size.Count}");

        int minX = int.MaxValue, minY = int.MaxValue, minZ = int.MaxValue, maxX = -1, maxY = -1, maxZ = -1, count = 0;
        long n = 0;
        for (int z = 0; z < size.Z; z++)
        for (int y = 0; y < size.Y; y++)
        for (int x = 0; x < size.X; x++, n++)
        {
            if (!mask[n]) continue;
            count++;
            if (x < minX) minX = x;
            if (x > maxX) maxX = x;
            if (y < minY) minY = y;
            if (y > maxY) maxY = y;
            if (z < minZ) minZ = z;
            if (z > maxZ) maxZ = z;
        }
        if (count == 0)
            throw new ShapeInputException($"the mask of size {size} has no voxel in the ROI; shape features need at least one");

        int pad = padZ ? 1 : 0;
        int px = maxX - minX + 3, py = maxY - minY + 3, pz = maxZ - minZ + 1 + 2 * pad;
        var inside = new bool[(long)px * py * pz];
        for (int z = minZ; z <= maxZ; z++)
        for (int y = minY; y <= maxY; y++)
        {
            long source = minX + (long)size.X * (y + (long)size.Y * z);
            long target = 1 + (long)px * (y - minY + 1 + (long)py * (z - minZ + pad));
            Array.Copy(mask, source, inside, target, maxX - minX + 1);
        }
        return new PaddedGrid(inside, px, py, pz, count);
    }
}
