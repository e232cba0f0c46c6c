using System.Security.Cryptography;
using static DlRadiomics.Tests.CliRun;
using DlRadiomics.Cohort;
using DlRadiomics.Imaging;

namespace DlRadiomics.Tests.Cohort;

public class SyntheticDataTests
{
    private static readonly SyntheticDataOptions Small = new(Seed: 3, SurgicalRiskPatients: 10, RecurrencePatients: 4, ReliabilityPatients: 1);

    private static Dictionary<string, string> Hashes(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void The_files_do_not_depend_on_the_thread_count()
    {
        using var dir = new TempFolder();
        SyntheticData.Generate(dir.PathOf("one"), Small with { MaxDegreeOfParallelism = 1 });
        SyntheticData.Generate(dir.PathOf("two"), Small with { MaxDegreeOfParallelism = 2 });
        var one = Hashes(dir.PathOf("one"));
        Assert.Equal(one, Hashes(dir.PathOf("two")));
        Assert.Contains(Path.Combine("surgical-risk", "images", "P0001", "axial_canal_rater2_repeat1.nii.gz"), one.Keys);
    }

    [Fact]
    public void Generated_tables_and_manifests_pass_their_schemas_with_geometry_checked()
    {
        using var dir = new TempFolder();
        var paths = SyntheticData.Generate(dir.PathOf("data"), Small);
        Assert.True(SchemaValidator.Validate(paths.ClinicalTable, TableSchema.BuiltIn("clinical")).IsValid);
        Assert.True(SchemaValidator.Validate(paths.RecurrenceTable, TableSchema.BuiltIn("recurrence")).IsValid);
        var surgical = SchemaValidator.Validate(paths.SurgicalRiskImages!, TableSchema.BuiltIn("images"), new ValidationOptions(CheckGeometry: true));
        Assert.True(surgical.IsValid, surgical.Format());
        // 10 patients × 4 ROIs, plus 2 more delineations for the first patient of each cohort.
        Assert.Equal(10 * 4 + 2 * 4 * 2, surgical.RowCount);
        var recurrence = SchemaValidator.Validate(paths.RecurrenceImages!, TableSchema.BuiltIn("images"), paths.RecurrenceImagesValidation with { CheckGeometry = true });
        Assert.True(recurrence.IsValid, recurrence.Format());

        var image = ImageFile.ReadImage(Path.Combine(Path.GetDirectoryName(paths.SurgicalRiskImages)!, "images", "P0001", "sagittal_T2W_TSE.nii.gz"));
        Assert.True(image.Geometry.Spacing.MaxAbsDifference(new Vec3(0.625, 0.625, 4)) == 0, image.Geometry.ToString()); // exact in float32
    }

    [Fact]
    public void EnsureDefault_generates_once_reuses_and_regenerates_when_the_options_change()
    {
        using var dir = new TempFolder();
        string root = dir.PathOf("generated");
        var first = SyntheticData.EnsureDefault(root, Small with { Images = false });
        var written = File.GetLastWriteTimeUtc(first.ClinicalTable);
        var again = SyntheticData.EnsureDefault(root, Small with { Images = false });
        Assert.Equal(first, again);
        Assert.Equal(written, File.GetLastWriteTimeUtc(again.ClinicalTable));

        string before = File.ReadAllText(first.ClinicalTable);
        var reseeded = SyntheticData.EnsureDefault(root, Small with { Images = false, Seed = 4 });
        Assert.Contains("\"seed\": 4", File.ReadAllText(Path.Combine(root, SyntheticData.StampFile)));
        Assert.NotEqual(before, File.ReadAllText(reseeded.ClinicalTable));
    }

    [Fact]
    public void Images_are_added_beside_tables_written_earlier_and_a_request_for_tables_reuses_them()
    {
        using var dir = new TempFolder();
        string root = dir.PathOf("generated");
        var tables = SyntheticData.EnsureTables(Small, root);
        Assert.Null(tables.SurgicalRiskImages);
        Assert.False(Directory.Exists(Path.Combine(root, "surgical-risk", "images")));
        var clinical = File.ReadAllText(tables.ClinicalTable);
        var written = File.GetLastWriteTimeUtc(tables.ClinicalTable);

        var images = SyntheticData.EnsureImages(Small, root);
        Assert.Equal(written, File.GetLastWriteTimeUtc(images.ClinicalTable));
        Assert.Contains("\"images\": true", File.ReadAllText(Path.Combine(root, SyntheticData.StampFile)));
        var report = SchemaValidator.Validate(images.SurgicalRiskImages!, TableSchema.BuiltIn("images"), new ValidationOptions(CheckGeometry: true));
        Assert.True(report.IsValid, report.Format());

        // The same files as a data set generated with images in one go.
        SyntheticData.Generate(dir.PathOf("whole"), Small);
        Assert.Equal(Hashes(dir.PathOf("whole")), Hashes(root));
        Assert.Equal(clinical, File.ReadAllText(SyntheticData.EnsureTables(Small, root).ClinicalTable));
        Assert.Equal(images.SurgicalRiskImages, SyntheticData.EnsureTables(Small, root).SurgicalRiskImages);
    }

    [Fact]
    public void Options_other_than_the_default_live_in_their_own_folder_beside_the_default()
    {
        string standard = SyntheticData.DefaultFolder(SyntheticDataOptions.Default);
        Assert.Equal(standard, SyntheticData.DefaultFolder(SyntheticDataOptions.Default with { Images = false, MaxDegreeOfParallelism = 1 }));
        string reseeded = SyntheticData.DefaultFolder(new SyntheticDataOptions(Seed: 7));
        string smaller = SyntheticData.DefaultFolder(new SyntheticDataOptions(Seed: 7, SurgicalRiskPatients: 300));
        Assert.Equal(Path.GetDirectoryName(standard), Path.GetDirectoryName(reseeded));
        Assert.Equal("seed7", Path.GetFileName(reseeded));
        Assert.Equal("seed7-patients300", Path.GetFileName(smaller));
        Assert.NotEqual(standard, SyntheticData.DefaultFolder(SyntheticDataOptions.Default with { Dicom = true }));
    }

    [Fact]
    public void A_folder_not_written_by_the_generator_is_never_replaced()
    {
        using var dir = new TempFolder();
        string mine = dir.Write("mine/notes.txt", "precious");
        Assert.Throws<SyntheticDataException>(() => SyntheticData.EnsureDefault(dir.PathOf("mine"), Small));
        Assert.Throws<SyntheticDataException>(() => SyntheticData.Generate(dir.PathOf("mine"), Small, force: true));
        Assert.Equal("precious", File.ReadAllText(mine));
    }

    [Fact]
    public void Dlr_synth_writes_refuses_a_non_empty_folder_and_replaces_it_with_force()
    {
        using var dir = new TempFolder();
        string output = dir.PathOf("out");
        string[] args = ["synth", "--out", output, "--patients", "12", "--recurrence-patients", "3", "--seed", "9"];
        var first = Run(args);
        Assert.Equal(0, first.Code);
        Assert.Contains("clinical.csv", first.Out);
        var refused = Run(args);
        Assert.Equal(1, refused.Code);
        Assert.Contains("--force", refused.Err);
        Assert.Equal(0, Run([.. args, "--force"]).Code);
        Assert.Equal(2, Run("synth", "--out", output, "--dicom").Code);
    }

    [Fact]
    public void Dlr_validate_exits_zero_on_a_valid_table_and_one_listing_every_violation()
    {
        using var dir = new TempFolder();
        var paths = SyntheticData.Generate(dir.PathOf("data"), Small with { Images = false });
        var valid = Run("validate", "--schema", "clinical", paths.ClinicalTable);
        Assert.Equal(0, valid.Code);
        Assert.Contains("valid against schema 'clinical' (10 rows)", valid.Out);

        var lines = File.ReadAllLines(paths.ClinicalTable);
        lines[2] = lines[2].Replace(",training,", ",train,");
        lines[3] = lines[1];
        string broken = dir.Write("broken.csv", string.Join("\n", lines) + "\n");
        var invalid = Run("validate", "--schema", "clinical", broken);
        Assert.Equal(1, invalid.Code);
        string report = invalid.Out;
        Assert.Contains("row 2 (line 3), column Cohort, value 'train': expected one of training, test [enum]", report);
        Assert.Contains("[primary-key]", report);
    }

    [Fact]
    public void The_DICOM_series_read_back_onto_the_grids_of_the_NIfTI_masks()
    {
        using var dir = new TempFolder();
        var paths = SyntheticData.Generate(dir.PathOf("data"), new SyntheticDataOptions(Seed: 5, SurgicalRiskPatients: 8, RecurrencePatients: 2, Dicom: true, ReliabilityPatients: 0));
        var report = SchemaValidator.Validate(paths.SurgicalRiskDicomImages!, TableSchema.BuiltIn("images"), new ValidationOptions(CheckGeometry: true));
        Assert.True(report.IsValid, report.Format());
        string folder = Path.GetDirectoryName(paths.SurgicalRiskDicomImages)!;
        var dicom = ImageFile.ReadImage(Path.Combine(folder, "dicom", "P0001", "axial"));
        var nifti = ImageFile.ReadImage(Path.Combine(folder, "images", "P0001", "axial_T2W_TSE.nii.gz"));
        Assert.Equal(nifti.Voxels.Length, dicom.Voxels.Length);
        Assert.True(Enumerable.Range(0, nifti.Voxels.Length).All(n => Math.Abs(nifti.Voxels[n] - dicom.Voxels[n]) <= 0.5 + 1e-3 * Math.Abs(nifti.Voxels[n])));
    }
}
