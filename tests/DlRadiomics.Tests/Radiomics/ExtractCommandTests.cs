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

    /// <summary>Runs <c>dlr extract</c> on one PyRadiomics test case with the given parameter file; its single output row.</summary>
    private (Dictionary<string, string> Row, string Err, string ParamsFile, string Image, string Mask) ExtractOne(string caseName, string yaml)
    {
        string dir = SharedData.Path("reference/pyradiomics");
        string image = Path.Combine(dir, $"{caseName}_image.nrrd"), mask = Path.Combine(dir, $"{caseName}_label.nrrd");
        string paramsFile = Path.Combine(_dir, $"{caseName}.yaml");
        File.WriteAllText(paramsFile, yaml);
        string output = Path.Combine(_dir, $"{caseName}.csv");
        var (code, _, err) = Run("extract", "--image", image, "--mask", mask, "--params", paramsFile, "--out", output);
        Assert.True(code == 0, err);
        return (Assert.Single(ReadTable(output)), err, paramsFile, image, mask);
    }

    private static Dictionary<string, string>[] ReadTable(string path)
    {
        var table = DlRadiomics.Tables.CsvTable.Read(path).EnsureRectangular();
        return table.Rows.Select(r => table.ColumnNames.Zip(r.Cells).ToDictionary(p => p.First, p => p.Second)).ToArray();
    }

    [SkippableFact]
    public void Single_case_writes_one_row_with_PyRadiomics_column_names()
    {
        var (row, _, paramsFile, image, mask) = ExtractOne("breast1", "setting:\n  binWidth: 25\nfeatureClass:\n  glcm:\n  firstorder: [Mean]\n");
        Assert.Equal("breast1_image.nrrd", row["ID"]);
        Assert.Equal("143", row["diagnostics_Mask-original_VoxelNum"]);
        Assert.Equal(25, row.Keys.Count(k => k.StartsWith("original_", StringComparison.Ordinal)));

        var direct = new RadiomicsExtractor(ParameterFile.Load(paramsFile))
            .Extract(DlRadiomics.Imaging.ImageFile.ReadImage(image), DlRadiomics.Imaging.ImageFile.ReadMask(mask));
        Assert.Equal(direct["original_glcm_Contrast"], double.Parse(row["original_glcm_Contrast"], CultureInfo.InvariantCulture));
        Assert.DoesNotContain(Directory.GetFiles(_dir), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void LoG_image_type_gives_features_per_sigma_and_skips_a_too_large_sigma_with_a_warning()
    {
        // brain1 is 256 x 256 x 25 voxels of 0.78 x 0.78 x 6.5 mm: sigma 170 mm needs 28 slices.
        var (row, err, _, _, _) = ExtractOne("brain1", "imageType:\n  LoG: {sigma: [1.0, 3.0, 170.0]}\nfeatureClass:\n  firstorder: [Mean, Median]\n");
        Assert.Equal(
            ["log-sigma-1-0-mm-3D_firstorder_Mean", "log-sigma-1-0-mm-3D_firstorder_Median", "log-sigma-3-0-mm-3D_firstorder_Mean", "log-sigma-3-0-mm-3D_firstorder_Median"],
            row.Keys.Where(k => k.StartsWith("log-", StringComparison.Ordinal)));
        Assert.True(double.IsFinite(double.Parse(row["log-sigma-1-0-mm-3D_firstorder_Mean"], CultureInfo.InvariantCulture)));
        Assert.Contains("warning: log-sigma-170-0-mm-3D skipped: LoG sigma 170 mm is too large", err);
        Assert.Contains("too large", err);
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
        File.WriteAllText(manifest, "ID,Image,Mask,Label\ncase1,a.nrrd,b.nrrd,two\n");
        var label = Assert.Throws<ManifestFormatException>(() => ExtractionManifest.Read(manifest)).Message;
        Assert.Contains("row 2", label);
        Assert.Contains("column 'Label'", label);
        Assert.Contains("'two'", label);
        File.WriteAllText(manifest, "ID,Image,Mask\ncase1,a.nrrd\n");
        Assert.Contains("row 2: 2 fields, but the header has 3", Assert.Throws<ManifestFormatException>(() => ExtractionManifest.Read(manifest)).Message);
        File.WriteAllText(manifest, "ID,Image,Mask\ncase1,\"a.nrrd,b.nrrd\n");
        Assert.Contains("never closed", Assert.Throws<ManifestFormatException>(() => ExtractionManifest.Read(manifest)).Message);
        File.WriteAllText(manifest, "");
        Assert.Contains(manifest, Assert.Throws<ManifestFormatException>(() => ExtractionManifest.Read(manifest)).Message);
    }

    [Fact]
    public void Manifest_is_read_as_RFC_4180_CSV()
    {
        string manifest = Path.Combine(_dir, "m.csv");
        File.WriteAllText(manifest, "\uFEFFID,Image,Mask,ROI\r\n\r\n\"case 1\",\"scans/a, b.nrrd\",\"masks/\"\"x\"\".nrrd\",\r\ncase2,c.nrrd,rs.dcm,\"GTV\"\r\n");
        var cases = ExtractionManifest.Read(manifest);
        Assert.Equal(["case 1", "case2"], cases.Select(c => c.Id));
        Assert.Equal(Path.Combine(_dir, "scans", "a, b.nrrd"), cases[0].ImagePath);
        Assert.Equal(Path.Combine(_dir, "masks", "\"x\".nrrd"), cases[0].MaskPath);
        Assert.Null(cases[0].Roi);
        Assert.Equal("GTV", cases[1].Roi);
    }
}
