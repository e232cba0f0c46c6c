using System.Text.Json;
using DlRadiomics.Imaging;
using DlRadiomics.Imaging.Dicom;

namespace DlRadiomics.Tests.Imaging;

public class DicomSeriesWriterTests
{
    /// <summary>A right-handed oblique grid with values in half-units, some beyond the int16 range.</summary>
    private static VoxelImage SampleImage(bool rightHanded = true)
    {
        var oblique = NiftiWriterTests.ObliqueGeometry(new Size3(9, 7, 4));
        var d = oblique.Direction;
        var k = rightHanded ? d.Axis(0).Cross(d.Axis(1)) : -1 * d.Axis(0).Cross(d.Axis(1));
        var g = oblique with { Direction = Direction.FromAxes(d.Axis(0), d.Axis(1), k) };
        var voxels = Enumerable.Range(0, (int)g.VoxelCount).Select(n => Math.Round(Math.Sin(n * 0.37) * 15000) + (n % 2) * 0.5 + 30000).ToArray();
        return new VoxelImage(g, voxels);
    }

    [Fact]
    public void Our_reader_reads_the_series_back_identically()
    {
        var image = SampleImage();
        string folder = TempFile.Folder();
        var files = DicomSeriesWriter.Write(image, folder, "PAT-001", "round trip");
        Assert.Equal(image.Size.Z, files.Count);
        var back = DicomSeriesReader.Read(folder);
        Assert.Equal(image.Voxels, back.Voxels);
        Assert.True(image.Geometry.Matches(back.Geometry, 1e-9), $"{image.Geometry}\n{back.Geometry}");
    }

    [Fact]
    public void A_left_handed_grid_reads_back_with_the_slices_reversed()
    {
        var image = SampleImage(rightHanded: false);
        string folder = TempFile.Folder();
        DicomSeriesWriter.Write(image, folder, "PAT-001", "left handed");
        var back = DicomSeriesReader.Read(folder);
        for (int k = 0; k < image.Size.Z; k++)
            Assert.Equal(image[3, 2, k], back[3, 2, image.Size.Z - 1 - k]);
        var p = image.Geometry.IndexToPhysical(3, 2, 0);
        Assert.True(p.MaxAbsDifference(back.Geometry.IndexToPhysical(3, 2, image.Size.Z - 1)) < 1e-9);
    }

    [Fact]
    public void Values_that_need_no_rescale_are_stored_as_they_are_and_others_within_half_a_step()
    {
        Assert.Equal(new Int16Quantization(1, 0, true), Int16Quantization.Choose([-5, 0, 32767]));
        Assert.Equal(new Int16Quantization(0.25, 0, true), Int16Quantization.Choose([-5.25, 0.5, 100.75]));
        var irrational = Enumerable.Range(0, 100).Select(n => Math.PI * n).ToArray();
        var q = Int16Quantization.Choose(irrational);
        Assert.False(q.Exact);
        Assert.All(irrational, v => Assert.True(Math.Abs(q.Slope * q.Store(v) + q.Intercept - v) <= q.MaxError * (1 + 1e-9)));
    }

    [Fact]
    public void The_same_volume_and_patient_give_the_same_UIDs()
    {
        var image = SampleImage();
        string a = TempFile.Folder(), b = TempFile.Folder();
        DicomSeriesWriter.Write(image, a, "PAT-001", "uids");
        DicomSeriesWriter.Write(image, b, "PAT-001", "uids");
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "IM00002.dcm")), File.ReadAllBytes(Path.Combine(b, "IM00002.dcm")));
        string uid = DicomSeriesReader.ListSeries(a).Single().SeriesInstanceUid;
        Assert.StartsWith("2.25.", uid);
        Assert.True(uid.Length <= 64);
    }

    [SkippableFact]
    public void Dcmdump_parses_the_files_without_complaint()
    {
        ReferenceTools.RequireTool("dcmdump");
        string folder = TempFile.Folder();
        var files = DicomSeriesWriter.Write(SampleImage(), folder, "PAT-001", "dcmdump check");
        var (code, stdout, stderr) = ReferenceTools.Run("dcmdump", ["-q", "+E", files[0]]);
        Assert.True(code == 0 && stderr.Length == 0, stderr);
        Assert.Contains("(0010,0020) LO [PAT-001]", stdout);
        Assert.Contains("=MRImageStorage", stdout);
        Assert.Contains("LittleEndianExplicit", stdout);
    }

    [SkippableFact]
    public void Pydicom_reads_the_same_values_and_positions()
    {
        ReferenceTools.RequirePython("pydicom");
        var image = SampleImage();
        string folder = TempFile.Folder();
        var files = DicomSeriesWriter.Write(image, folder, "PAT-001", "pydicom check");
        string json = ReferenceTools.RunPython("""
            import sys, json, pydicom, numpy as np
            from pydicom.pixel_data_handlers.util import apply_modality_lut
            out = []
            for f in sys.argv[1:]:
                ds = pydicom.dcmread(f)
                out.append({"values": apply_modality_lut(ds.pixel_array, ds).astype(float).reshape(-1).tolist(),
                            "ipp": [float(v) for v in ds.ImagePositionPatient], "spacing": [float(v) for v in ds.PixelSpacing]})
            print(json.dumps(out))
            """, [.. files]);
        var slices = JsonDocument.Parse(json).RootElement.EnumerateArray().ToArray();
        int perSlice = image.Size.X * image.Size.Y;
        for (int k = 0; k < slices.Length; k++)
        {
            Assert.Equal(image.Voxels.AsSpan(k * perSlice, perSlice).ToArray(), slices[k].Doubles("values"));
            var ipp = slices[k].Doubles("ipp");
            Assert.True(image.Geometry.IndexToPhysical(0, 0, k).MaxAbsDifference(new Vec3(ipp[0], ipp[1], ipp[2])) < 1e-9);
            Assert.Equal([image.Geometry.Spacing.Y, image.Geometry.Spacing.X], slices[k].Doubles("spacing"));
        }
    }
}
