using System.CommandLine;
using System.Diagnostics;
using DlRadiomics.Cohort;

namespace DlRadiomics.Cli.Commands.Cohort;

/// <summary><c>dlr synth</c>: writes the synthetic cohorts (and optionally their MR images) into a folder.</summary>
public sealed class SynthCommand : Verb
{
    private readonly Option<string> _out = CliOption.Required("--out", "folder to write into (must be empty or new; --force replaces a generated data set)", "DIR");
    private readonly Option<int> _seed = CliOption.Int("--seed", "master seed; the same seed gives the same files", SurgicalRiskCohortOptions.DefaultSeed);
    private readonly Option<int?> _patients = CliOption.OptionalInt("--patients", "surgical-risk cohort size, training + test (default: the published 1257)");
    private readonly Option<int?> _recurrence = CliOption.OptionalInt("--recurrence-patients", "recurrence cohort size (default: the published 170)");
    private readonly Option<bool> _images = CliOption.Flag("--images", "also write sagittal and axial T2 images, ROI masks (NIfTI) and images.csv manifests");
    private readonly Option<bool> _dicom = CliOption.Flag("--dicom", "with --images, also write each image as a DICOM MR series and images_dicom.csv");
    private readonly Option<int> _reliability = CliOption.Int("--reliability", "patients per cohort drawn again by rater 1 and by rater 2, for ICC", 30);
    private readonly Option<double> _missing = CliOption.Number("--missing-rate", "share of blanked questionnaire/socio-economic values", 0.01, "R");
    private readonly Option<int?> _threads = CliOption.OptionalInt("--threads", "threads (default: all cores); the output does not depend on it");
    private readonly Option<bool> _force = CliOption.Flag("--force", "replace a data set this command generated before");

    public SynthCommand() : base("synth", "generate the synthetic surgical-risk and recurrence cohorts (tables, MR images, masks)") =>
        Add(_out, _seed, _patients, _recurrence, _images, _dicom, _reliability, _missing, _threads, _force);

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        if (parse.GetValue(_dicom) && !parse.GetValue(_images)) yield return "--dicom needs --images";
        if (parse.GetValue(_patients) is < 8) yield return "--patients must be at least 8";
        if (parse.GetValue(_recurrence) is < 2) yield return "--recurrence-patients must be at least 2";
        if (parse.GetValue(_threads) is < 1) yield return "--threads must be at least 1";
        if (parse.GetValue(_missing) is < 0 or > 0.5) yield return "--missing-rate must be within [0, 0.5]";
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        int seed = parse.GetValue(_seed);
        var options = new SyntheticDataOptions(seed, parse.GetValue(_patients), parse.GetValue(_recurrence), parse.GetValue(_images), parse.GetValue(_dicom),
            parse.GetValue(_reliability), parse.GetValue(_missing), parse.GetValue(_threads));
        var clock = Stopwatch.StartNew();
        var paths = SyntheticData.Generate(parse.GetValue(_out)!, options, parse.GetValue(_force));
        stdout.WriteLine($"wrote the synthetic data set (seed {seed}) to {paths.Root} in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (label, path) in new[]
                 {
                     ("surgical-risk table", paths.ClinicalTable), ("surgical-risk images", paths.SurgicalRiskImages),
                     ("recurrence table", paths.RecurrenceTable), ("recurrence images", paths.RecurrenceImages),
                     ("surgical-risk DICOM", paths.SurgicalRiskDicomImages), ("recurrence DICOM", paths.RecurrenceDicomImages),
                 })
            if (path is not null) stdout.WriteLine($"  {label,-22} {path}");
        return 0;
    }
}
