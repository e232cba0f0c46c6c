using DlRadiomics.Cohort;

namespace DlRadiomics.Cli.Commands.Cohort;

/// <summary><c>dlr validate</c>: checks a CSV table against a schema and prints every violation.</summary>
public sealed class ValidateCommand : ICommand
{
    public string Name => "validate";
    public string Summary => "check a table (clinical, recurrence, images, features) against its schema";
    public string Usage => $"""
        usage: dlr validate --schema <name|file.schema.json> <table.csv> [--base-dir DIR] [--check-geometry]
                            [--reference NAME=PATH ...]

          --schema          a built-in schema ({string.Join(", ", TableSchema.BuiltInNames)}) or a Table Schema JSON file
          --base-dir        folder that relative image/mask paths are resolved against (default: the table's folder)
          --check-geometry  also read every image and mask and check that their voxel grids match
          --reference       table a foreign key points at, e.g. clinical=../clinical.csv (default: <name>.csv beside the table)

        Exits 0 when the table is valid, 1 when it has violations. The table and its files are only read.
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var schema = TableSchema.Resolve(args.Required("schema"));
        string? baseDir = args.Optional("base-dir");
        bool geometry = args.Flag("check-geometry");
        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in args.All("reference"))
        {
            int eq = r.IndexOf('=');
            if (eq <= 0 || eq == r.Length - 1) throw new UsageException($"--reference expects NAME=PATH, got '{r}'");
            references[r[..eq]] = r[(eq + 1)..];
        }
        args.EnsureAllUsed();
        if (args.Positional.Count != 1) throw new UsageException("give exactly one table to validate");
        if (baseDir is not null && !Directory.Exists(baseDir)) throw new UsageException($"--base-dir '{baseDir}' is not a folder");

        var report = SchemaValidator.Validate(args.Positional[0], schema, new ValidationOptions(
            BaseDirectory: baseDir, CheckGeometry: geometry, References: references.Count > 0 ? references : null));
        stdout.Write(report.Format());
        return report.IsValid ? 0 : 1;
    }
}
