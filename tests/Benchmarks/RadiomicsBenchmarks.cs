using BenchmarkDotNet.Attributes;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;

namespace DlRadiomics.Benchmarks;

/// <summary>
/// Extraction of PyRadiomics' default Original features (firstorder, glcm, gldm, glrlm, glszm, ngtdm and diagnostics) on
/// PyRadiomics' brain1 test case, single-threaded, image already in memory; and the same with reading the NRRD files.
/// The data are found through DLR_SHARED or a <c>shared/reference</c> folder above the working directory.
/// Run: dotnet run -c Release --project tests/Benchmarks -- --filter '*Radiomics*' --job short
/// </summary>
[MemoryDiagnoser]
public class RadiomicsBenchmarks
{
    private VoxelImage _image = null!;
    private LabelMask _mask = null!;
    private readonly RadiomicsExtractor _extractor = new();
    private string _imagePath = "", _maskPath = "";

    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.Combine(SharedFolder(), "reference", "pyradiomics");
        _imagePath = Path.Combine(folder, "brain1_image.nrrd");
        _maskPath = Path.Combine(folder, "brain1_label.nrrd");
        _image = ImageFile.ReadImage(_imagePath);
        _mask = ImageFile.ReadMask(_maskPath);
    }

    [Benchmark(Description = "brain1: all Original features")]
    public RadiomicsResult AllOriginalFeatures() => _extractor.Extract(_image, _mask);

    [Benchmark(Description = "brain1: read NRRD files and extract")]
    public RadiomicsResult ReadAndExtract() => _extractor.Extract(ImageFile.ReadImage(_imagePath), ImageFile.ReadMask(_maskPath));

    internal static string SharedFolder()
    {
        var env = Environment.GetEnvironmentVariable("DLR_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "reference", "pyradiomics"))) return candidate;
            }
        throw new DirectoryNotFoundException("shared/reference/pyradiomics not found; set DLR_SHARED to the shared folder");
    }
}
