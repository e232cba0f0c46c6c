using System.Globalization;
using DlRadiomics.Imaging;
using DlRadiomics.Imaging.Dicom;
using DlRadiomics.Radiomics;
using DlRadiomics.Radiomics.Batch;
using DlRadiomics.Tables;
using DlRadiomics.Tests.Radiomics;
using Xunit.Abstractions;

namespace DlRadiomics.Tests.Fuzz;

/// <summary>
/// Every reader, fed seeded mutations of the committed fixtures (bytes flipped, files cut short, junk inserted, header
/// numbers replaced by huge, negative, NaN or non-numeric values or glued to stray bytes, binary fields overwritten with
/// extreme bit patterns, gzip streams corrupted or re-compressed around a mutated payload), either reads the file or
/// throws a <see cref="DlRadiomicsException"/> naming it; nothing else escapes, no case hangs (<see cref="FuzzCase.Timeout"/>)
/// and none allocates more than <see cref="FuzzCase.AllocationLimit"/>.
/// </summary>
/// <remarks>
/// 626 mutated inputs in all: 108 NRRD, 90 NIfTI, 88 DICOM files, 60 slices of a DICOM series, 80 RTSTRUCT, 60 CSV,
/// 80 parameter files (each also run through the extractor on a small image) and 60 manifests (each extracted as a
/// batch of two jobs). The cases are fixed by <see cref="Seed"/>; set the environment variable <c>DLR_FUZZ_SEED</c> to another integer
/// to explore other mutations (a finding prints the seed of its case, which reproduces it).
/// </remarks>
public sealed class ReaderFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261203;

    /// <summary>The series of the DICOM fixture folder that the RTSTRUCT fixture was drawn on.</summary>
    private const string SeriesUid = "1.2.826.0.1.3680043.9.7433.4";

    private readonly string _dir = Directory.CreateTempSubdirectory("dlr-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static int BaseSeed =>
        int.TryParse(Environment.GetEnvironmentVariable("DLR_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) ? s : Seed;

    private static string Fixture(string relative) => RepoPaths.Fixture(relative);

    /// <summary>The fixture files under <paramref name="folder"/> (and its subfolders) matching any of <paramref name="patterns"/>.</summary>
    private static IEnumerable<string> Fixtures(string folder, params string[] patterns) =>
        patterns.SelectMany(p => Directory.EnumerateFiles(Fixture(folder), p, SearchOption.AllDirectories)).Order(StringComparer.Ordinal);

    [Fact]
    public void NRRD_reader() => Fuzz(Fixtures("Radiomics", "*.nrrd"), 36, HeaderLength, path =>
    {
        ImageFile.ReadImage(path);
        ImageFile.ReadMask(path);
    });

    [Fact]
    public void NIfTI_reader() => Fuzz(Fixtures("Imaging/nifti", "*.nii", "*.nii.gz").Concat(Fixtures("Radiomics/Ibsi", "*.nii.gz")), 6, _ => 560, path =>
    {
        ImageFile.ReadImage(path);
        ImageFile.ReadMask(path);
    });

    [Fact]
    public void DICOM_file_reader() => Fuzz(Directory.EnumerateFiles(Fixture("Imaging/dicom"), "*.dcm").Order(StringComparer.Ordinal), 8, bytes => bytes.Length, path => ImageFile.ReadImage(path));

    [Fact]
    public void DICOM_series_reader() => Fuzz(Fixtures("Imaging/dicom/series", "s1_*.dcm"), 20, bytes => bytes.Length,
        path => ImageFile.ReadImage(Path.GetDirectoryName(path)!, SeriesUid), siblings: Fixture("Imaging/dicom/series"));

    [Fact]
    public void RTSTRUCT_reader() => Fuzz([Fixture("Imaging/dicom/rtstruct/rtstruct.dcm")], 80, bytes => bytes.Length, path =>
    {
        RtStructReader.Read(path);
        ImageFile.ReadMask(path, "Disc", Fixture("Imaging/dicom/series"), SeriesUid);
    });

    [Fact]
    public void CSV_reader() => Fuzz(Fixtures("Cohort", "*.csv").Append(Fixture("Radiomics/Ibsi/reference_values.csv")), 15, bytes => bytes.Length, path =>
    {
        var table = CsvTable.Read(path);
        foreach (var column in table.ColumnNames)
        {
            try { table.Numbers(column); }
            catch (CsvTableException e) when (e.Message.Contains(path, StringComparison.Ordinal)) { }
        }
        table.EnsureRectangular();
    });

    [Fact]
    public void Parameter_file_reader()
    {
        var image = SyntheticVolumes.Textured(8, 7, 4);
        var mask = SyntheticVolumes.Mask(image.Geometry, (i, j, k) => i is > 1 and < 6 && j is > 1 and < 6);
        Fuzz([Fixture("Radiomics/Params/example.yaml")], 80, bytes => bytes.Length, path =>
        {
            var parameters = ParameterFile.Load(path);
            // Settings the file reader accepts may still be refused by the extractor or the ROI; those errors name
            // the setting or the ROI, not the file, and are typed all the same.
            try { new RadiomicsExtractor(parameters).Extract(image, mask); }
            catch (DlRadiomicsException) { }
        });
    }

    [Fact]
    public void Manifest_reader_and_batch()
    {
        string manifest = Path.Combine(_dir, "manifest.csv");
        string nifti = Fixture("Imaging/nifti");
        File.WriteAllText(manifest,
            "ID,Image,Mask,Label\n" +
            $"a,{nifti}/int16.nii,{nifti}/uint8.nii,\n" +
            $"b,{Fixture("Radiomics/LBP2D/plateaus.nrrd")},{Fixture("Radiomics/LBP2D/plateaus.nrrd")},1\n" +
            $"\"c,1\",{nifti}/float32.nii,{nifti}/int8.nii,2\n");
        var extractor = new RadiomicsExtractor(ParameterFile.Parse("featureClass:\n  firstorder: [Mean]\n"));
        Fuzz([manifest], 60, bytes => bytes.Length, path => BatchExtraction.Run(ExtractionManifest.Read(path), extractor, jobs: 2));
    }

    /// <summary>The bytes up to the blank line that ends a NRRD header (the whole file if there is none).</summary>
    private static int HeaderLength(byte[] bytes)
    {
        int end = bytes.AsSpan().IndexOf("\n\n"u8);
        return end < 0 ? bytes.Length : end + 2;
    }

    /// <summary>Where the mutated bytes first differ from the original, and the 40 bytes from there (escaped).</summary>
    private static string Difference(byte[] original, byte[] mutated)
    {
        int at = original.AsSpan().CommonPrefixLength(mutated);
        var text = mutated.Skip(Math.Max(0, at - 8)).Take(40).Select(b => b is >= 0x20 and < 0x7f ? ((char)b).ToString() : $"\\x{b:X2}");
        return $"{mutated.Length} bytes, first change at {at}: \"{string.Concat(text)}\"";
    }

    /// <summary>
    /// Writes <paramref name="perFixture"/> mutations of each fixture under its own name into a fresh folder (with
    /// copies of the fixture's <paramref name="siblings"/> folder, for series) and checks <paramref name="read"/> on each.
    /// </summary>
    private void Fuzz(IEnumerable<string> fixtures, int perFixture, Func<byte[], int> focus, Action<string> read, string? siblings = null)
    {
        var findings = new List<string>();
        int cases = 0, caseSeed = BaseSeed;
        foreach (string fixture in fixtures)
        {
            var original = File.ReadAllBytes(fixture);
            bool gzip = original.AsSpan().IndexOf([(byte)0x1f, (byte)0x8b]) >= 0;
            bool text = fixture.EndsWith(".csv", StringComparison.Ordinal) || fixture.EndsWith(".yaml", StringComparison.Ordinal)
                || fixture.EndsWith(".nrrd", StringComparison.Ordinal) || fixture.EndsWith(".dcm", StringComparison.Ordinal);
            var kinds = InputMutator.For(text, gzip);
            for (int n = 0; n < perFixture; n++, cases++, caseSeed++)
            {
                var mutator = new InputMutator(caseSeed);
                var kind = kinds[n % kinds.Count];
                string folder = Path.Combine(_dir, caseSeed.ToString(CultureInfo.InvariantCulture));
                Directory.CreateDirectory(folder);
                if (siblings is not null)
                    foreach (string sibling in Directory.EnumerateFiles(siblings)) File.Copy(sibling, Path.Combine(folder, Path.GetFileName(sibling)));
                string path = Path.Combine(folder, Path.GetFileName(fixture));
                var mutated = mutator.Apply(original, kind, focus(original));
                File.WriteAllBytes(path, mutated);
                if (FuzzCase.Check(() => read(path), siblings is null ? path : folder) is { } finding)
                    findings.Add($"{Path.GetFileName(fixture)} {kind} (seed {caseSeed}, {Difference(original, mutated)}): {finding}");
            }
        }
        output.WriteLine($"{cases} mutated inputs, {findings.Count} findings");
        foreach (var f in findings) output.WriteLine(f);
        Assert.True(findings.Count == 0, $"{findings.Count} of {cases} mutated inputs misbehaved:\n" + string.Join("\n", findings.Take(30)));
    }
}
