using System.Globalization;
using System.Text.Json;
using DlRadiomics.Imaging;

namespace DlRadiomics.Tests.Imaging;

public class NiftiWriterTests
{
    /// <summary>An oblique, left-handed grid with non-round numbers, to exercise every part of the orientation code.</summary>
    internal static ImageGeometry ObliqueGeometry(Size3 size)
    {
        double a = 0.4, b = -0.3;
        var i = new Vec3(Math.Cos(a), Math.Sin(a), 0);
        var j = new Vec3(-Math.Sin(a) * Math.Cos(b), Math.Cos(a) * Math.Cos(b), Math.Sin(b));
        var k = i.Cross(j);
        return new ImageGeometry(size, new Vec3(0.7, 1.3, 2.9), new Vec3(-101.25, 33.5, -7.125), Direction.FromAxes(i, j, -1 * k));
    }

    internal static VoxelImage SampleImage()
    {
        var g = ObliqueGeometry(new Size3(7, 5, 3));
        var voxels = Enumerable.Range(0, (int)g.VoxelCount).Select(n => Math.Sin(n) * 1000.123).ToArray();
        return new VoxelImage(g, voxels);
    }

    [Theory]
    [InlineData(".nii", NiftiVersion.Nifti1, 1e-5)]
    [InlineData(".nii.gz", NiftiVersion.Nifti1, 1e-5)]
    [InlineData(".nii.gz", NiftiVersion.Nifti2, 1e-12)]
    public void An_image_round_trips(string extension, NiftiVersion version, double geometryTolerance)
    {
        var image = SampleImage();
        string path = TempFile.Path(extension);
        NiftiWriter.Write(image, path, version);
        var back = ImageFile.ReadImage(path);
        Assert.Equal(image.Voxels, back.Voxels);
        Assert.True(image.Geometry.Matches(back.Geometry, geometryTolerance), $"{image.Geometry}\n{back.Geometry}");
        var header = NiftiReader.ReadHeader(path);
        Assert.Equal((1, 1, version), (header.QformCode, header.SformCode, header.Version));
        Assert.False(File.Exists(path + ".partial"));
    }

    [Theory]
    [InlineData(7, 4)]          // fits int16
    [InlineData(70000, 8)]      // needs int32
    public void A_mask_round_trips_in_the_smallest_integer_type(int label, short expectedDatatype)
    {
        var g = ObliqueGeometry(new Size3(4, 4, 2));
        var labels = new int[g.VoxelCount];
        labels[5] = label;
        labels[17] = 1;
        string path = TempFile.Path(".nii.gz");
        NiftiWriter.Write(new LabelMask(g, labels), path);
        Assert.Equal(expectedDatatype, NiftiReader.ReadHeader(path).DataTypeCode);
        var back = ImageFile.ReadMask(path);
        Assert.Equal(labels, back.Labels);
    }

    [Theory]
    [InlineData(VoxelType.UInt8, (short)2)]
    [InlineData(VoxelType.Int16, (short)4)]
    [InlineData(VoxelType.UInt16, (short)512)]
    [InlineData(VoxelType.Int32, (short)8)]
    [InlineData(VoxelType.Float32, (short)16)]
    public void An_image_is_written_in_its_stored_type(VoxelType type, short expectedDatatype)
    {
        var g = ObliqueGeometry(new Size3(5, 4, 3));
        var voxels = Enumerable.Range(0, (int)g.VoxelCount).Select(n => (double)(n * 4)).ToArray();
        string path = TempFile.Path(".nii.gz");
        NiftiWriter.Write(new VoxelImage(g, voxels) { StoredType = type }, path);
        Assert.Equal(expectedDatatype, NiftiReader.ReadHeader(path).DataTypeCode);
        var back = ImageFile.ReadImage(path);
        Assert.Equal(voxels, back.Voxels);
        Assert.Equal(type, back.StoredType);
    }

    [Theory]
    [InlineData(12.5, "holds 12.5")]
    [InlineData(40000.0, "holds 40000")]
    public void A_value_its_integer_stored_type_cannot_hold_is_refused_naming_the_voxel(double value, string expected)
    {
        var g = ObliqueGeometry(new Size3(4, 3, 2));
        var voxels = new double[g.VoxelCount];
        voxels[g.Index(2, 1, 1)] = value;
        string path = TempFile.Path(".nii.gz");
        var e = Assert.Throws<ImageFormatException>(() => NiftiWriter.Write(new VoxelImage(g, voxels) { StoredType = VoxelType.Int16 }, path));
        Assert.Contains($"voxel (2, 1, 1) {expected}", e.Message);
        Assert.Contains("Int16", e.Message);
        Assert.False(File.Exists(path));
    }

    [SkippableFact]
    public void Nibabel_reads_what_we_write()
    {
        ReferenceTools.RequirePython("nibabel");
        var image = SampleImage();
        string path = TempFile.Path(".nii.gz");
        NiftiWriter.Write(image, path);
        string json = ReferenceTools.RunPython("""
            import sys, json, nibabel as nib, numpy as np
            img = nib.load(sys.argv[1])
            print(json.dumps({"affine": img.affine.tolist(), "qform": img.get_qform().tolist(), "data": img.get_fdata().reshape(-1, order="F").tolist()}))
            """, path);
        var doc = JsonDocument.Parse(json).RootElement;
        Assert.Equal(image.Voxels, doc.GetProperty("data").EnumerateArray().Select(v => v.GetDouble()));
        foreach (var form in new[] { "affine", "qform" })
        {
            var m = doc.GetProperty(form).EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
            var g = image.Geometry;
            // RAS affine = diag(-1,-1,1) · [D·diag(spacing) | origin]
            for (int r = 0; r < 3; r++)
            {
                double flip = r < 2 ? -1 : 1;
                for (int c = 0; c < 3; c++) Assert.Equal(flip * g.Direction[r, c] * g.Spacing[c], m[r][c], 1e-5);
                Assert.Equal(flip * g.Origin[r], m[r][3], 1e-4);
            }
        }
    }
}
