using BenchmarkDotNet.Attributes;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Filters;
using DlRadiomics.Radiomics.Preprocessing.Resampling;
using DlRadiomics.Radiomics.Shape;

namespace DlRadiomics.Benchmarks;

/// <summary>
/// Shape features, resampling and filters on PyRadiomics' brain1 case (256×256×25, ROI of 4137 voxels), read from
/// the reference folder beside the repository (<c>shared/reference/pyradiomics</c>).
/// Run: dotnet run -c Release --project tests/Benchmarks -- --filter '*ShapeBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class ShapeBenchmarks
{
    private VoxelImage _image = null!;
    private LabelMask _mask = null!;
    private bool[] _roi = [];

    [GlobalSetup]
    public void Setup()
    {
        string folder = ReferenceFolder();
        _image = NrrdReader.Read(Path.Combine(folder, "brain1_image.nrrd"));
        _mask = NrrdReader.ReadMask(Path.Combine(folder, "brain1_label.nrrd"));
        _roi = _mask.Labels.Select(l => l == 1).ToArray();
    }

    private static string ReferenceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "reference", "pyradiomics");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("shared/reference/pyradiomics not found above " + AppContext.BaseDirectory);
    }

    [Benchmark]
    public double Shape() => ShapeFeatures.Compute(_roi, _mask.Size, _mask.Geometry.Spacing)["Maximum3DDiameter"];

    [Benchmark]
    public int ResampleBSpline2mm() =>
        Resampler.Resample(_image, _mask, new Vec3(2, 2, 2), Interpolator.BSpline, 5, 1, VoxelType.Int16).Mask.Labels.Length;

    [Benchmark]
    public int WaveletCoif1() => WaveletFilter.Apply(_image).Count;

    [Benchmark]
    public double LaplacianOfGaussian1mm() => LaplacianOfGaussianFilter.Apply(_image, 1.0).Voxels[0];
}
