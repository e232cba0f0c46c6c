using DlRadiomics.Deep;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;

namespace DlRadiomics.Tests.Deep;

/// <summary>The ROI preprocessing against PyTorch's (Golden/Deep/make_golden_deep.py) and its errors.</summary>
public class RoiSlicePreprocessorTests
{
    private static RoiSlicePreprocessor Torchvision(RoiSliceOptions options) => new(options, 224, 224, InputNormalization.ImageNetTorchvision);

    [Theory]
    [MemberData(nameof(DeepGolden.CaseNames), MemberType = typeof(DeepGolden))]
    public void Slice_crop_and_resized_picture_match_pytorch(string name)
    {
        var golden = DeepGolden.Named(name);
        var (image, mask) = DeepGolden.Volume(name);
        var input = Torchvision(DeepGolden.Options(golden)).Prepare(image, mask);

        Assert.Equal(golden.Slice, input.Slice.Index);
        Assert.Equal(golden.Crop, input.Crop);
        var expected = DeepGolden.Array($"case_{name}_resized.npy");
        Assert.Equal(expected.Length, input.Resized.Length);
        Assert.All(expected.Zip(input.Resized), p => Assert.True(Math.Abs(p.First - p.Second) <= 2e-7, $"resized {p.Second}, PyTorch {p.First}"));
    }

    [Theory]
    [MemberData(nameof(DeepGolden.CaseNames), MemberType = typeof(DeepGolden))]
    public void Tensor_is_the_resized_picture_in_three_channels_with_imagenet_normalisation(string name)
    {
        var golden = DeepGolden.Named(name);
        var (image, mask) = DeepGolden.Volume(name);
        var input = Torchvision(DeepGolden.Options(golden)).Prepare(image, mask);
        var resized = DeepGolden.Array($"case_{name}_resized.npy");
        double[] mean = [0.485, 0.456, 0.406], std = [0.229, 0.224, 0.225];
        var expected = Enumerable.Range(0, 3).SelectMany(c => resized.Select(v => (v - mean[c]) / std[c])).ToArray();
        DeepGolden.AssertClose(expected, input.Tensor.Select(v => (double)v).ToArray(), 1e-4, "tensor");
        Assert.Equal([1, 3, 224, 224], input.Shape);
    }

    [Fact]
    public void Equal_largest_slices_resolve_to_the_lowest_index()
    {
        // The 'upsample' case has equal ROIs on slices 1 and 3, and a smaller one on slice 2.
        var (image, mask) = DeepGolden.Volume("upsample");
        var slice = RoiSlicePreprocessor.LargestRoiSlice(image, mask, RoiSliceOptions.Default);
        Assert.Equal(1, slice.Index);
        Assert.Equal(slice.InRoi.Count(b => b), slice.RoiPixels);
    }

    [Fact]
    public void Slices_across_other_axes_put_the_lower_in_plane_axis_along_columns()
    {
        var g = new ImageGeometry(new Size3(4, 5, 6), new Vec3(1, 1, 1), new Vec3(0, 0, 0), Direction.Identity);
        var image = new VoxelImage(g, Enumerable.Range(0, 120).Select(n => (double)n).ToArray());
        var mask = new LabelMask(g, new int[120]);
        for (int j = 0; j < 5; j++) for (int k = 0; k < 6; k++) mask[2, j, k] = 1;
        var slice = RoiSlicePreprocessor.LargestRoiSlice(image, mask, new RoiSliceOptions(SliceAxis: 0, MinimumRoiPixels: 1));
        Assert.Equal((2, 6, 5), (slice.Index, slice.Rows, slice.Columns));
        Assert.Equal(image[2, 3, 4], slice.Pixels[4 * 5 + 3]);
    }

    [Fact]
    public void An_empty_mask_is_an_roi_error()
    {
        var (image, mask) = DeepGolden.Volume("upsample");
        var empty = new LabelMask(mask.Geometry, new int[mask.Labels.Length]);
        var e = Assert.Throws<RoiException>(() => Torchvision(RoiSliceOptions.Default).Prepare(image, empty, maskName: "m.nii.gz"));
        Assert.Equal(RoiProblem.EmptyMask, e.Problem);
        Assert.Contains("m.nii.gz", e.Message);
    }

    [Fact]
    public void An_absent_label_names_the_labels_present()
    {
        var (image, mask) = DeepGolden.Volume("upsample");
        var e = Assert.Throws<RoiException>(() => Torchvision(RoiSliceOptions.Default with { Label = 7 }).Prepare(image, mask));
        Assert.Equal(RoiProblem.LabelAbsent, e.Problem);
        Assert.Contains("labels present: 1", e.Message);
    }

    [Fact]
    public void An_roi_of_a_few_pixels_is_too_small()
    {
        var (image, mask) = DeepGolden.Volume("upsample");
        var few = new LabelMask(mask.Geometry, new int[mask.Labels.Length]);
        few[10, 10, 2] = 1; few[11, 10, 2] = 1; few[10, 11, 2] = 1;
        var e = Assert.Throws<RoiException>(() => Torchvision(RoiSliceOptions.Default).Prepare(image, few));
        Assert.Equal(RoiProblem.TooSmall, e.Problem);
        Assert.Contains("holds 3 pixels", e.Message);
    }

    [Fact]
    public void A_mask_on_another_grid_is_a_geometry_error()
    {
        var (image, mask) = DeepGolden.Volume("upsample");
        var shifted = new LabelMask(mask.Geometry with { Origin = new Vec3(0, 0, 2) }, mask.Labels);
        Assert.Throws<GeometryMismatchException>(() => Torchvision(RoiSliceOptions.Default).Prepare(image, shifted));
    }

    [Fact]
    public void A_constant_crop_maps_to_zero()
    {
        var (image, mask) = DeepGolden.Volume("upsample");
        var flat = new VoxelImage(image.Geometry, Enumerable.Repeat(5.0, image.Voxels.Length).ToArray());
        var input = Torchvision(RoiSliceOptions.Default).Prepare(flat, mask);
        Assert.All(input.Resized, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Resizing_to_the_same_size_returns_the_picture()
    {
        var picture = Enumerable.Range(0, 12).Select(n => n * 1.5f).ToArray();
        Assert.Equal(picture, BilinearResize.Resize(picture, 3, 4, 3, 4));
    }

    [Fact]
    public void Doubling_a_ramp_interpolates_between_pixel_centres_and_clamps_at_the_edges()
    {
        // Output centres of a 2x upsampling sit at source coordinates -0.25, 0.25, 0.75, 1.25, ...; the first is
        // clamped to 0 and the last one beyond the final pixel repeats it.
        var row = BilinearResize.Resize([0f, 4, 8], 1, 3, 1, 6);
        Assert.Equal([0, 1, 3, 5, 7, 8], row);
    }
}
