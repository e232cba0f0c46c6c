using BenchmarkDotNet.Attributes;
using DlRadiomics.Imaging;
using DlRadiomics.Imaging.Dicom;

namespace DlRadiomics.Benchmarks;

/// <summary>
/// Reading a 512×512×200 volume (the size the memory target is stated for) from a DICOM series (one file per slice)
/// and as an int16 NIfTI label image. The allocated bytes should stay close to the result arrays themselves
/// (8 bytes per voxel for an image, 4 for a mask): slices are streamed, never held twice.
/// Run: dotnet run -c Release --project tests/Benchmarks -- --filter '*ImagingBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class ImagingBenchmarks
{
    private string _folder = "";
    private string _series = "";
    private string _nifti = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("dlr-imaging-bench-").FullName;
        var g = new ImageGeometry(new Size3(512, 512, 200), new Vec3(0.5, 0.5, 1.5), new Vec3(-128, -128, -150), Direction.Identity);
        var voxels = new double[g.VoxelCount];
        for (long n = 0; n < voxels.LongLength; n++) voxels[n] = (n * 7919) % 4096 - 1024;
        var image = new VoxelImage(g, voxels);
        _series = Path.Combine(_folder, "series");
        DicomSeriesWriter.Write(image, _series, "BENCH", "benchmark");
        _nifti = Path.Combine(_folder, "labels.nii.gz");
        NiftiWriter.Write(LabelMask.FromImage(image), _nifti);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public double DicomSeries() => DicomSeriesReader.Read(_series).Voxels[12345];

    [Benchmark]
    public int NiftiGzipMask() => NiftiReader.ReadMask(_nifti).Labels[12345];
}
