using System.Globalization;
using DlRadiomics.Cli;
using DlRadiomics.Radiomics;
using DlRadiomics.Radiomics.Batch;

namespace DlRadiomics.Tests.Radiomics;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dlr-extract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Dlr.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static Dictionary<string, string>[] ReadTable(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = ExtractionManifest.SplitCsvLine(lines[0]);
        return lines.Skip(1).Select(l => header.Zip(ExtractionManifest.SplitCsvLine(l)).ToDictionary(p => p.First, p => p.Second)).ToArray();
    }

    [SkippableFact]
    public void Single_case_writes_one_row_with_PyRadiomics_column_names()
    {
        string dir = SharedData.Path("reference/pyradiomics");
        string image = Path.Combine(dir, "breast1_image.nrrd"), mask = Path.Combine(dir, "breast1_label.nrrd");
        string paramsFile = Path.Combine(_dir, "p.yaml");
        File.WriteAllText(paramsFile, "setting:\n  binWidth: 25\nfeatureClass:\n  glcm:\n  firstorder: [Mean]\n");
        string output = Path.Combine(_dir, "out.csv");

        var (code, _, err) = Run("extract", "--image", image, "--mask", mask, "--params", paramsFile, "--out", output);
        Assert.True(code == 0, err);
        var rows = ReadTable(output);
        var row = Assert.Single(rows);
        Assert.Equal("breast1_image.nrrd", row["ID"]);
        Assert.Equal("143", row["diagnostics_Mask-original_VoxelNum"]);
        Assert.Equal(25, row.Keys.Count(k => k.StartsWith("original_", StringComparison.Ordinal)));

        var direct = new RadiomicsExtractor(ParameterFile.Load(paramsFile))
            .Extract(DlRadiomics.Imaging.ImageFile.ReadImage(image), DlRadiomics.Imaging.ImageFile.ReadMask(mask));
        Assert.Equal(direct["original_glcm_Contrast"], double.Parse(row["original_glcm_Contrast"], CultureInfo.InvariantCulture));
        Assert.DoesNotContain(Directory.GetFiles(_dir), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Manifest_batch_reports_a_failing_case_and_goes_on()
    {
        string dir = SharedData.Path("reference/pyradiomics");
        string manifest = Path.Combine(_dir, "cases.csv");
        File.WriteAllText(manifest,
            "ID,Image,Mask,Label\n" +
            $"brain,{Path.Combine(dir, "brain1_image.nrrd")},{Path.Combine(dir, "brain1_label.nrrd")},\n" +
            "missing,nowhere.nrrd,nowhere_label.nrrd,\n" +
            $"wronglabel,{Path.Combine(dir, "breast1_image.nrrd")},{Path.Combine(dir, "breast1_label.nrrd")},7\n");
        string output = Path.Combine(_dir, "batch.csv");

        var (code, _, err) = Run("extract", "--manifest", manifest, "--out", output, "--jobs", "2");
        Assert.Equal(1, code);
        Assert.Contains("case missing failed", err);
        Assert.Contains("case wronglabel failed", err);
        var rows = ReadTable(output);
        Assert.Equal(["brain", "missing", "wronglabel"], rows.Select(r => r["ID"]));
        Assert.Equal("", rows[0]["error"]);
        Assert.NotEqual("", rows[0]["original_glcm_Contrast"]);
        Assert.Contains("no such file", rows[1]["error"]);
        Assert.Contains("label 7 is not present", rows[2]["error"]);
        Assert.Equal("", rows[2]["original_glcm_Contrast"]);
    }

    [SkippableFact]
    public void DICOM_series_with_RTSTRUCT_matches_the_NIfTI_conversion()
    {
        string dir = SharedData.Path("reference/ibsi/validation/STS_001/MR_T1");
        string paramsFile = Path.Combine(_dir, "p.yaml");
        File.WriteAllText(paramsFile, "featureClass:\n  firstorder: [Mean, Median]\n");
        string fromDicom = Path.Combine(_dir, "dicom.csv"), fromNifti = Path.Combine(_dir, "nifti.csv");
        var (code, _, err) = Run("extract", "--image", Path.Combine(dir, "dicom", "image"), "--mask", Path.Combine(dir, "dicom", "mask", "RS.dcm"),
            "--roi", "GTV_Mass_MR_T1", "--params", paramsFile, "--out", fromDicom);
        Assert.True(code == 0, err);
        (code, _, err) = Run("extract", "--image", Path.Combine(dir, "image.nii.gz"), "--mask", Path.Combine(dir, "mask.nii.gz"),
            "--params", paramsFile, "--out", fromNifti, "--id", "nifti");
        Assert.True(code == 0, err);
        var a = Assert.Single(ReadTable(fromDicom));
        var b = Assert.Single(ReadTable(fromNifti));
        Assert.Equal("image", a["ID"]);
        double voxelsA = double.Parse(a["diagnostics_Mask-original_VoxelNum"], CultureInfo.InvariantCulture);
        double voxelsB = double.Parse(b["diagnostics_Mask-original_VoxelNum"], CultureInfo.InvariantCulture);
        Assert.InRange(voxelsA / voxelsB, 0.95, 1.05); // the rasterised contour is close to, not identical with, IBSI's mask
        double meanA = double.Parse(a["original_firstorder_Mean"], CultureInfo.InvariantCulture);
        double meanB = double.Parse(b["original_firstorder_Mean"], CultureInfo.InvariantCulture);
        Assert.InRange(meanA / meanB, 0.98, 1.02);
    }

    [Fact]
    public void Existing_output_is_kept_unless_force()
    {
        string output = Path.Combine(_dir, "exists.csv");
        File.WriteAllText(output, "keep me");
        var (code, _, err) = Run("extract", "--image", "a.nrrd", "--mask", "b.nrrd", "--out", output);
        Assert.Equal(2, code);
        Assert.Contains("--force", err);
        Assert.Equal("keep me", File.ReadAllText(output));
    }

    [Fact]
    public void Invalid_parameter_file_fails_naming_the_key()
    {
        string paramsFile = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(paramsFile, "setting:\n  binWidht: 25\n");
        var (code, _, err) = Run("extract", "--image", "a.nrrd", "--mask", "b.nrrd", "--params", paramsFile, "--out", Path.Combine(_dir, "o.csv"));
        Assert.Equal(1, code);
        Assert.Contains("'binWidht'", err);
    }

    [Fact]
    public void Image_and_manifest_together_is_a_usage_error()
    {
        var (code, _, err) = Run("extract", "--image", "a.nrrd", "--mask", "b.nrrd", "--manifest", "m.csv", "--out", Path.Combine(_dir, "o.csv"));
        Assert.Equal(2, code);
        Assert.Contains("either --manifest", err);
    }

    [Fact]
    public void Manifest_errors_name_row_and_column()
    {
        string manifest = Path.Combine(_dir, "m.csv");
        File.WriteAllText(manifest, "ID,Image\n1,a.nrrd\n");
        Assert.Contains("missing column 'Mask'", Assert.Throws<ManifestFormatException>(() => ExtractionManifest.Read(manifest)).Message);
        File.WriteAllText(manifest, "ID,Image,Mask\n1,a.nrrd,b.nrrd\n1,c.nrrd,d.nrrd\n");
        Assert.Contains("row 3", Assert.Throws<ManifestFormatException>(() => ExtractionManifest.Read(manifest)).Message);
        File.WriteAllText(manifest, "ID,Image,Mask,Label\ncase1,img/a.nrrd,b.nrrd,2\n");
        var c = Assert.Single(ExtractionManifest.Read(manifest));
        Assert.Equal(Path.Combine(_dir, "img", "a.nrrd"), c.ImagePath);
        Assert.Equal(2, c.Label);
    }
}
