using DlRadiomics.Cohort;
using DlRadiomics.Imaging;

namespace DlRadiomics.Tests.Cohort;

public class SchemaValidatorTests
{
    private const string RecurrenceHeader = "PatientID,Sex,Age,BMI,Smoke,Diabetes,Hypertension,DurationMonths,ResponsibleLevel,PfirrmannGrade,ModicChange,MMFI,Recurrence";
    private const string ImagesHeader = "PatientID,Plane,Sequence,Level,ImagePath,MaskPath,RoiKind,Rater,Repeat";

    private static ValidationReport ValidateRecurrence(TempFolder dir, params string[] rows) =>
        SchemaValidator.Validate(dir.Write("recurrence.csv", RecurrenceHeader + "\n" + string.Join("\n", rows) + "\n"), TableSchema.BuiltIn("recurrence"));

    [Fact]
    public void The_four_schemas_ship_with_the_library_and_declare_their_keys()
    {
        Assert.Equal(["clinical", "features", "images", "recurrence"], TableSchema.BuiltInNames);
        var clinical = TableSchema.BuiltIn("clinical");
        Assert.Equal(["PatientID"], clinical.PrimaryKey);
        Assert.True(clinical.Field("Surgery")!.Constraints.Required);
        Assert.Equal("Severe (3–4)", clinical.Field("MMFISevere")!.LabelOf("1"));
        var images = TableSchema.BuiltIn("images");
        Assert.Equal("clinical", Assert.Single(images.ForeignKeys).ReferenceResource);
        Assert.Equal(FileRole.Mask, images.Field("MaskPath")!.File);
    }

    [Fact]
    public void A_valid_table_has_no_violations()
    {
        using var dir = new TempFolder();
        var report = ValidateRecurrence(dir, "R001,1,45,24.1,0,0,1,6,L4/5,3,0,1,0", "R002,0,52,,1,0,0,12.5,L5/S1,4,1,2,1");
        Assert.True(report.IsValid, report.Format());
        Assert.Equal(2, report.RowCount);
    }

    [Fact]
    public void A_negative_age_is_reported_with_row_line_column_value_and_rule()
    {
        using var dir = new TempFolder();
        var report = ValidateRecurrence(dir, "R001,1,45,24.1,0,0,1,6,L4/5,3,0,1,0", "R002,0,-3,22,1,0,0,12,L5/S1,4,1,2,1");
        var v = Assert.Single(report.Violations);
        Assert.Equal((ViolationRule.Minimum, 2, 3, "Age", "-3"), (v.Rule, v.Row, v.Line, v.Column, v.Value));
        Assert.Contains("row 2 (line 3), column Age, value '-3'", report.Format());
        Assert.Contains("[minimum]", report.Format());
    }

    [Fact]
    public void Every_violation_is_listed_not_only_the_first()
    {
        using var dir = new TempFolder();
        var report = ValidateRecurrence(dir,
            "R001,2,45,24.1,0,0,1,6,L4/6,3,0,1,0",     // Sex not 0/1, level not a level
            "R002,0,forty,22,1,0,0,12,L5/S1,7,1,2,",  // Age not a number, Pfirrmann 7, Recurrence required
            "R001,0,50,22,1,0,0,12,L5/S1,2,1,2,1");   // duplicate ID
        (ViolationRule, int, string)[] expected =
        [
            (ViolationRule.Enum, 1, "Sex"), (ViolationRule.Enum, 1, "ResponsibleLevel"), (ViolationRule.Type, 2, "Age"),
            (ViolationRule.Maximum, 2, "PfirrmannGrade"), (ViolationRule.Required, 2, "Recurrence"),
            (ViolationRule.PrimaryKey, 3, "PatientID"),
        ];
        var actual = report.Violations.Select(v => (v.Rule, v.Row!.Value, v.Column!)).ToArray();
        Assert.Equal(expected.OrderBy(t => t.ToString()), actual.OrderBy(t => t.ToString()));
        Assert.Contains("expected one of 0 (Female), 1 (Male)", report.Violations[0].Message + report.Violations[1].Message);
    }

    [Fact]
    public void A_wrong_category_names_the_allowed_values()
    {
        using var dir = new TempFolder();
        var report = ValidateRecurrence(dir, "R001,1,45,24.1,0,0,1,6,L2/3,3,0,1,0");
        var v = Assert.Single(report.Violations);
        Assert.Equal(ViolationRule.Enum, v.Rule);
        Assert.Equal("L2/3", v.Value);
        Assert.Contains("L3/4, L4/5, L5/S1", v.Message);
    }

    [Fact]
    public void A_duplicated_patient_ID_is_reported_on_the_second_occurrence()
    {
        using var dir = new TempFolder();
        var report = ValidateRecurrence(dir, "R007,1,45,24.1,0,0,1,6,L4/5,3,0,1,0", "R008,1,45,24.1,0,0,1,6,L4/5,3,0,1,0", "R007,1,45,24.1,0,0,1,6,L4/5,3,0,1,0");
        var pk = Assert.Single(report.Violations);
        Assert.Equal(ViolationRule.PrimaryKey, pk.Rule);
        Assert.Equal((3, 4, "R007"), (pk.Row!.Value, pk.Line!.Value, pk.Value));
        Assert.Contains("row 1", pk.Message);
    }

    [Fact]
    public void Missing_and_extra_columns_are_reported_with_a_hint()
    {
        using var dir = new TempFolder();
        string path = dir.Write("t.csv", RecurrenceHeader.Replace(",Smoke", "").Replace("BMI", "bmi") + "\nR001,1,45,24.1,0,1,6,L4/5,3,0,1,0\n");
        var report = SchemaValidator.Validate(path, TableSchema.BuiltIn("recurrence"));
        Assert.Equal(["BMI", "Smoke"], report.Of(ViolationRule.MissingColumn).Select(v => v.Column!).Order().ToArray());
        var extra = Assert.Single(report.Of(ViolationRule.ExtraColumn));
        Assert.Contains("did you mean 'BMI'", extra.Message);
    }

    [Fact]
    public void A_quoted_cell_spanning_lines_keeps_the_file_line_numbers_right()
    {
        using var dir = new TempFolder();
        string path = dir.Write("features.csv", "ID,original_firstorder_Mean\n\"P 1\nsplit\",1.5\nP2,abc\nP3,NaN\n");
        var report = SchemaValidator.Validate(path, TableSchema.BuiltIn("features"));
        Assert.Equal([(ViolationRule.Type, 2, 4), (ViolationRule.Finite, 3, 5)], report.Violations.Select(v => (v.Rule, v.Row!.Value, v.Line!.Value)).ToArray());
    }

    private static string ManifestRow(string id, string plane = "axial", string image = "img.nrrd", string mask = "mask.nrrd", string roi = "canal", int rater = 1) =>
        $"{id},{plane},T2W_TSE,L4/5,{image},{mask},{roi},{rater},1";

    [Fact]
    public void Manifest_patients_must_exist_in_the_clinical_table()
    {
        using var dir = new TempFolder();
        dir.WriteNrrd("img.nrrd", new Size3(4, 4, 1), new Vec3(0.7, 0.7, 4));
        dir.WriteNrrd("mask.nrrd", new Size3(4, 4, 1), new Vec3(0.7, 0.7, 4));
        dir.Write("patients.csv", RecurrenceHeader + "\nR001,1,45,24.1,0,0,1,6,L4/5,3,0,1,0\n");
        string manifest = dir.Write("images.csv", ImagesHeader + "\n" + ManifestRow("R001") + "\n" + ManifestRow("R999") + "\n");
        var report = SchemaValidator.Validate(manifest, TableSchema.BuiltIn("images"),
            new ValidationOptions(References: new Dictionary<string, string> { ["clinical"] = dir.PathOf("patients.csv") }));
        var v = Assert.Single(report.Violations);
        Assert.Equal((ViolationRule.ForeignKey, 2, "R999"), (v.Rule, v.Row!.Value, v.Value));

        var unresolved = SchemaValidator.Validate(manifest, TableSchema.BuiltIn("images"));
        Assert.Contains("--reference clinical=PATH", Assert.Single(unresolved.Violations).Message);
    }

    [Fact]
    public void A_missing_image_path_is_reported_relative_to_the_table_or_the_base_folder()
    {
        using var dir = new TempFolder();
        dir.Write("clinical.csv", "PatientID\nR001\n");
        dir.WriteNrrd("imgs/img.nrrd", new Size3(4, 4, 1), new Vec3(0.7, 0.7, 4));
        dir.WriteNrrd("imgs/mask.nrrd", new Size3(4, 4, 1), new Vec3(0.7, 0.7, 4));
        string manifest = dir.Write("images.csv", ImagesHeader + "\n" + ManifestRow("R001", image: "imgs/img.nrrd", mask: "imgs/nothere.nrrd") + "\n");
        var v = Assert.Single(SchemaValidator.Validate(manifest, TableSchema.BuiltIn("images")).Violations);
        Assert.Equal((ViolationRule.FileMissing, "MaskPath", "imgs/nothere.nrrd"), (v.Rule, v.Column, v.Value));
        Assert.Contains(Path.Combine(dir.Root, "imgs", "nothere.nrrd"), v.Message);

        var elsewhere = SchemaValidator.Validate(manifest, TableSchema.BuiltIn("images"), new ValidationOptions(BaseDirectory: Path.Combine(dir.Root, "imgs")));
        Assert.Equal(2, elsewhere.Of(ViolationRule.FileMissing).Count());
    }

    [Fact]
    public void A_mask_on_a_different_grid_is_a_geometry_mismatch_when_asked()
    {
        using var dir = new TempFolder();
        dir.Write("clinical.csv", "PatientID\nR001\nR002\n");
        dir.WriteNrrd("img.nrrd", new Size3(6, 5, 2), new Vec3(0.6, 0.6, 4));
        dir.WriteNrrd("mask.nrrd", new Size3(6, 5, 2), new Vec3(0.6, 0.6, 4));
        dir.WriteNrrd("mask_bad.nrrd", new Size3(6, 5, 2), new Vec3(0.7, 0.6, 4));
        string manifest = dir.Write("images.csv", ImagesHeader + "\n" + ManifestRow("R001") + "\n" + ManifestRow("R002", mask: "mask_bad.nrrd") + "\n");
        Assert.True(SchemaValidator.Validate(manifest, TableSchema.BuiltIn("images")).IsValid);
        var v = Assert.Single(SchemaValidator.Validate(manifest, TableSchema.BuiltIn("images"), new ValidationOptions(CheckGeometry: true)).Violations);
        Assert.Equal((ViolationRule.GeometryMismatch, 2, "mask_bad.nrrd"), (v.Rule, v.Row!.Value, v.Value));
        Assert.Contains("0.7", v.Message);
    }

    [Fact]
    public void Validation_never_modifies_the_users_files()
    {
        using var dir = new TempFolder();
        string path = dir.Write("recurrence.csv", RecurrenceHeader + "\nR001,1,-45,24.1,0,0,1,6,L4/5,3,0,1,0\n");
        var before = (File.ReadAllBytes(path), File.GetLastWriteTimeUtc(path));
        var files = Directory.GetFiles(dir.Root);
        SchemaValidator.Validate(path, TableSchema.BuiltIn("recurrence"));
        Assert.Equal(before.Item1, File.ReadAllBytes(path));
        Assert.Equal(before.Item2, File.GetLastWriteTimeUtc(path));
        Assert.Equal(files, Directory.GetFiles(dir.Root));
    }

    [Fact]
    public void A_malformed_schema_file_is_named_in_the_error()
    {
        using var dir = new TempFolder();
        string schema = dir.Write("bad.schema.json", "{\"fields\": [{\"name\": \"x\", \"type\": \"date-ish\"}]}");
        var e = Assert.Throws<SchemaException>(() => TableSchema.Load(schema));
        Assert.Contains(schema, e.Message);
        Assert.Contains("date-ish", e.Message);
    }
}
