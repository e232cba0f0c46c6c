using System.CommandLine;
using DlRadiomics.Cohort;

namespace DlRadiomics.Cli.Commands.Cohort;

/// <summary><c>dlr validate</c>: checks a CSV table against a schema and prints every violation.</summary>
public sealed class ValidateCommand : Verb
{
    private readonly Argument<string> _table = new("table.csv") { Description = "the table to check" };
    private readonly Option<string> _schema = CliOption.Required("--schema", $"a built-in schema ({string.Join(", ", TableSchema.BuiltInNames)}) or a Table Schema JSON file", "name|file.schema.json");
    private readonly Option<string?> _baseDir = CliOption.Text("--base-dir", "folder that relative image/mask paths are resolved against (default: the table's folder)", "DIR");
    private readonly Option<bool> _geometry = CliOption.Flag("--check-geometry", "also read every image and mask and check that their voxel grids match");
    private readonly Option<string[]> _references = CliOption.List("--reference", "table a foreign key points at, e.g. clinical=../clinical.csv (default: <name>.csv beside the table)", "NAME=PATH");

    public ValidateCommand() : base("validate", "check a table (clinical, recurrence, images, features) against its schema") =>
        Add(_table, _schema, _baseDir, _geometry, _references);

    public override string Notes => "Exits 0 when the table is valid, 1 when it has violations. The table and its files are only read.";

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        foreach (var r in parse.GetValue(_references) ?? [])
            if (r.IndexOf('=') is var eq && (eq <= 0 || eq == r.Length - 1)) yield return $"--reference expects NAME=PATH, got '{r}'";
        if (parse.GetValue(_baseDir) is { } dir && !Directory.Exists(dir)) yield return $"--base-dir '{dir}' is not a folder";
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        var schema = TableSchema.Resolve(parse.GetValue(_schema)!);
        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in parse.GetValue(_references)!) references[r[..r.IndexOf('=')]] = r[(r.IndexOf('=') + 1)..];
        var report = SchemaValidator.Validate(parse.GetValue(_table)!, schema, new ValidationOptions(
            BaseDirectory: parse.GetValue(_baseDir), CheckGeometry: parse.GetValue(_geometry), References: references.Count > 0 ? references : null));
        stdout.Write(report.Format());
        return report.IsValid ? 0 : 1;
    }
}
