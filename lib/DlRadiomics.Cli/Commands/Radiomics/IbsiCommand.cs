using System.Globalization;
using DlRadiomics.Radiomics.Ibsi;

namespace DlRadiomics.Cli.Commands.Radiomics;

/// <summary><c>dlr ibsi</c>: compliance table against IBSI-1's digital phantom.</summary>
public sealed class IbsiCommand : ICommand
{
    public string Name => "ibsi";
    public string Summary => "compare our features with IBSI-1's digital phantom reference values";
    public string Usage => """
        usage: dlr ibsi --phantom DIR [--out REPORT.csv] [--all]

          --phantom DIR     folder with IBSI's image.nii.gz, mask.nii.gz and reference_values.csv
          --out REPORT.csv  the full report: tag, reference, tolerance, ours (IBSI definition), within_tolerance,
                            PyRadiomics feature and value, agreement of the definitions, note
          --all             print every tag (default: the counts per feature family and the tags out of tolerance)

        Exit code 1 if a computed tag is outside the published tolerance.
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        string phantom = args.Required("phantom");
        string? output = args.Optional("out");
        bool all = args.Flag("all");
        args.EnsureAllUsed();
        if (!Directory.Exists(phantom)) throw new UsageException($"--phantom folder '{phantom}' does not exist");

        var report = IbsiPhantomReport.FromDirectory(phantom);
        if (output is not null)
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
