using System.Diagnostics;
using DlRadiomics.Cohort;

namespace DlRadiomics.Cli.Commands.Cohort;

/// <summary><c>dlr synth</c>: writes the synthetic cohorts (and optionally their MR images) into a folder.</summary>
public sealed class SynthCommand : ICommand
{
    public string Name => "synth";
    public string Summary => "generate the synthetic surgical-risk and recurrence cohorts (tables, MR images, masks)";
    public string Usage => """
        usage: dlr synth --out DIR [--seed N] [--patients N] [--recurrence-patients N] [--images] [--dicom]
                         [--reliability N] [--missing-rate R] [--threads N] [--force]

          --out                  folder to write into (must be empty or new; --force replaces a generated data set)
          --seed                 master seed (default 2024); the same seed gives the same files
          --patients             surgical-risk cohort size, training + test (default: the published 1257)
          --recurrence-patients  recurrence cohort size (default: the published 170)
          --images               also write sagittal and axial T2 images, ROI masks (NIfTI) and images.csv manifests
          --dicom                with --images, also write each image as a DICOM MR series and images_dicom.csv
          --reliability          patients per cohort drawn again by rater 1 and by rater 2, for ICC (default 30)
          --missing-rate         share of blanked questionnaire/socio-economic values (default 0.01)
          --threads              threads (default: all cores); the output does not depend on it
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        string output = args.Required("out");
        int seed = args.Int("seed", SurgicalRiskCohortOptions.DefaultSeed);
        int? patients = args.Optional("patients") is null ? null : args.Int("patients", 0);
        int? recurrence = args.Optional("recurrence-patients") is null ? null : args.Int("recurrence-patients", 0);
        bool images = args.Flag("images"), dicom = args.Flag("dicom"), force = args.Flag("force");
        int reliability = args.Int("reliability", 30);
        double missing = args.Double("missing-rate", 0.01);
        int? threads = args.Optional("threads") is null ? null : args.Int("threads", 0);
        args.EnsureAllUsed();
        if (args.Positional.Count > 0) throw new UsageException($"unexpected argument '{args.Positional[0]}'");
        if (dicom && !images) throw new UsageException("--dicom needs --images");
        if (patients is < 8) throw new UsageException("--patients must be at least 8");
        if (recurrence is < 2) throw new UsageException("--recurrence-patients must be at least 2");
        if (threads is < 1) throw new UsageException("--threads must be at least 1");
        if (missing is < 0 or > 0.5) throw new UsageException("--missing-rate must be within [0, 0.5]");

        var clock = Stopwatch.StartNew();
        var paths = SyntheticData.Generate(output, new SyntheticDataOptions(seed, patients, recurrence, images, dicom, reliability, missing, threads), force);
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
