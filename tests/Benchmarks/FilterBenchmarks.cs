using BenchmarkDotNet.Attributes;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Filters;

namespace DlRadiomics.Benchmarks;

/// <summary>
/// The image filters on PyRadiomics' whole brain1 image (256 × 256 × 25, int16), single-threaded: the LoG image type
/// (σ = 1 and 3 mm), LBP2D and the wavelet decomposition (coif1, level 1: 8 images) with PyRadiomics' defaults.
/// run-filters.sh times ITK's LaplacianRecursiveGaussianImageFilter (one thread), scikit-image's local_binary_pattern
/// and PyWavelets' swtn as PyRadiomics calls them on the same image in the same session and prints the ratios.
/// </summary>
[MemoryDiagnoser]
public class FilterBenchmarks
{
    private VoxelImage _image = null!;

    [GlobalSetup]
    public void Setup() =>
        _image = ImageFile.ReadImage(Path.Combine(RadiomicsBenchmarks.SharedFolder(), "reference", "pyradiomics", "brain1_image.nrrd"));

    [Benchmark]
    public VoxelImage LaplacianOfGaussianSigma1() => LaplacianOfGaussianFilter.Apply(_image, 1.0);

    [Benchmark]
    public VoxelImage LaplacianOfGaussianSigma3() => LaplacianOfGaussianFilter.Apply(_image, 3.0);

    [Benchmark]
    public VoxelImage Lbp2DUniform() => Lbp2DFilter.Apply(_image);

    [Benchmark]
    public int WaveletCoif1() => WaveletFilter.Apply(_image).Count;
}
