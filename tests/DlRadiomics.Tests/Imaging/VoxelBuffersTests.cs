using DlRadiomics.Imaging;

namespace DlRadiomics.Tests.Imaging;

public sealed class VoxelBuffersTests
{
    private static (string Image, string Mask, double[] Voxels, int[] Labels) WriteCase(ImageGeometry g, int seed)
    {
        var voxels = Enumerable.Range(0, (int)g.VoxelCount).Select(n => (double)((n * 37 + seed * 11) % 200 - 50)).ToArray();
        var labels = Enumerable.Range(0, (int)g.VoxelCount).Select(n => (n + seed) % 3 == 0 ? 1 : 0).ToArray();
        string image = TempFile.Path(".nii.gz"), mask = TempFile.Path(".nii.gz");
        NiftiWriter.Write(new VoxelImage(g, voxels) { StoredType = VoxelType.Int16 }, image);
        NiftiWriter.Write(new LabelMask(g, labels), mask);
        return (image, mask, voxels, labels);
    }

    [Fact]
    public void Returned_arrays_are_refilled_by_the_next_read_of_the_same_size_and_hold_only_the_new_case()
    {
        var g = new ImageGeometry(new Size3(6, 5, 4), new Vec3(1, 1, 2), new Vec3(0, 0, 0), Direction.Identity);
        var first = WriteCase(g, seed: 1);
        var second = WriteCase(g, seed: 2);
        var image = ImageFile.ReadImage(first.Image);
        var mask = ImageFile.ReadMask(first.Mask);
        Assert.Equal(first.Voxels, image.Voxels);

        VoxelBuffers.Return(image, mask);
        var nextImage = ImageFile.ReadImage(second.Image);
        var nextMask = ImageFile.ReadMask(second.Mask);
        Assert.Same(image.Voxels, nextImage.Voxels);
        Assert.Same(mask.Labels, nextMask.Labels);
        Assert.Equal(second.Voxels, nextImage.Voxels);
        Assert.Equal(second.Labels, nextMask.Labels);
    }

    [Fact]
    public void A_read_of_another_size_gets_a_new_array()
    {
        var small = WriteCase(new ImageGeometry(new Size3(3, 3, 2), new Vec3(1, 1, 1), new Vec3(0, 0, 0), Direction.Identity), seed: 3);
        var large = WriteCase(new ImageGeometry(new Size3(4, 3, 2), new Vec3(1, 1, 1), new Vec3(0, 0, 0), Direction.Identity), seed: 4);
        var image = ImageFile.ReadImage(small.Image);
        VoxelBuffers.Return(image, null);
        var other = ImageFile.ReadImage(large.Image);
        Assert.NotSame(image.Voxels, other.Voxels);
        Assert.Equal(large.Voxels, other.Voxels);
    }
}
