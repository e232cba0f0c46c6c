using System.CommandLine;
using System.Globalization;
using DlRadiomics.Radiomics.Ibsi;

namespace DlRadiomics.Cli.Commands.Radiomics;

/// <summary><c>dlr ibsi</c>: compliance table against IBSI-1's digital phantom.</summary>
public sealed class IbsiCommand : Verb
{
    private readonly Option<string> _phantom = CliOption.Required("--phantom", "folder with IBSI's image.nii.gz, mask.nii.gz and reference_values.csv", "DIR");
    private readonly Option<string?> _out = CliOption.Text("--out", "the full report: tag, reference, tolerance, ours (IBSI definition), within_tolerance, PyRadiomics feature and value, agreement of the definitions, note", "REPORT.csv");
    private readonly Option<bool> _all = CliOption.Flag("--all", "print every tag (default: the counts per feature family and the tags out of tolerance)");

    public IbsiCommand() : base("ibsi", "compare our features with IBSI-1's digital phantom reference values") => Add(_phantom, _out, _all);

    public override string Notes => "Exit code 1 if a computed tag is outside the published tolerance.";

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        if (parse.GetValue(_phantom) is { } phantom && !Directory.Exists(phantom)) yield return $"--phantom folder '{phantom}' does not exist";
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        var report = IbsiPhantomReport.FromDirectory(parse.GetValue(_phantom)!);
        bool all = parse.GetValue(_all);
        if (parse.GetValue(_out) is { } output)
        {
            using var writer = new StreamWriter(output);
            report.WriteCsv(writer);
        }
        stdout.WriteLine($"{"family",-8} {"tags",5} {"computed",9} {"within",7} {"pyradiomics",12} {"py within",10}");
        foreach (var family in report.Rows.GroupBy(r => r.Tag[..r.Tag.IndexOf('_')]))
            stdout.WriteLine($"{family.Key,-8} {family.Count(),5} {family.Count(r => r.Ours is not null),9} {family.Count(r => r.WithinTolerance),7} " +
                             $"{family.Count(r => r.PyRadiomics is not null),12} {family.Count(r => r.PyRadiomicsWithinTolerance == true),10}");
        stdout.WriteLine($"{"total",-8} {report.TagCount,5} {report.ComputedCount,9} {report.WithinToleranceCount,7} {report.PyRadiomicsCount,12} {report.PyRadiomicsWithinToleranceCount,10}");
        var shown = report.Rows.Where(r => all || (r.Ours is not null && !r.WithinTolerance) || r.PyRadiomicsWithinTolerance == false).ToList();
        if (shown.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine($"{"tag",-30} {"reference",10} {"ours",12} {"pyradiomics",12}  note");
            foreach (var r in shown)
                stdout.WriteLine($"{r.Tag,-30} {Format(r.Reference),10} {Format(r.Ours),12} {Format(r.PyRadiomics),12}  {r.Note}");
        }
        return report.Rows.Any(r => r.Ours is not null && r.Reference is not null && !r.WithinTolerance) ? 1 : 0;
    }

    private static string Format(double? v) => v is { } x ? x.ToString("G4", CultureInfo.InvariantCulture) : "-";
}
