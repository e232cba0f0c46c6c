using DlRadiomics.Radiomics;
using DlRadiomics.Radiomics.Batch;
using Spectre.Console;

namespace DlRadiomics.Cli.Commands.Radiomics;

/// <summary><c>dlr extract</c>: PyRadiomics-compatible feature extraction for one case or a manifest of cases.</summary>
public sealed class ExtractCommand : ICommand
{
    public string Name => "extract";
    public string Summary => "extract radiomics features (PyRadiomics parameter files) for one case or a manifest";
    public string Usage => """
        usage: dlr extract --image IMG --mask MASK [--label N] [--roi NAME] [--series-uid UID] [--id ID]
                           [--params P.yaml] --out OUT.csv [--force]
               dlr extract --manifest M.csv [--params P.yaml] --out OUT.csv [--jobs N] [--force]

          --image, --mask   image and segmentation: NRRD, NIfTI (.nii, .nii.gz), DICOM; the image may be a DICOM series
                            folder and the mask a DICOM RTSTRUCT (then --roi names the contour to rasterise)
          --label N         label of the ROI (overrides the parameter file's 'label' setting)
          --roi NAME        ROI of an RTSTRUCT mask
          --series-uid UID  series to read when the image folder holds several
          --id ID           value of the ID column for a single case (default: the image file name)
          --manifest M.csv  CSV with columns ID, Image, Mask and optionally Label and ROI; paths relative to the manifest
          --params P.yaml   PyRadiomics parameter file (YAML or JSON: setting, imageType, featureClass);
                            default: PyRadiomics defaults, all feature classes of this build
          --out OUT.csv     one row per case: ID, Image, Mask, Label, diagnostics, features; an 'error' column when a
                            case failed. Written to a temporary file and renamed at the end.
          --jobs N          cases extracted in parallel (default: number of cores)
          --force           overwrite an existing OUT.csv (without it, an existing file is an error)

        A failing case is reported on stderr and in its row; the other cases go on. Exit code 1 if any case failed.
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        string? image = args.Optional("image"), mask = args.Optional("mask"), manifest = args.Optional("manifest");
        string? id = args.Optional("id"), paramsPath = args.Optional("params");
        string? roi = args.Optional("roi"), seriesUid = args.Optional("series-uid");
        string output = args.Required("out");
        string? labelText = args.Optional("label");
        int jobs = args.Int("jobs", Environment.ProcessorCount);
        bool force = args.Flag("force");
        args.EnsureAllUsed();

        if (manifest is not null && (image is not null || mask is not null || labelText is not null || id is not null || roi is not null || seriesUid is not null))
            throw new UsageException("give either --manifest or --image/--mask (with optional --label/--roi/--series-uid/--id), not both");
        if (manifest is null && (image is null || mask is null))
            throw new UsageException("give --image and --mask, or --manifest");
        if (jobs < 1) throw new UsageException($"--jobs must be at least 1, got {jobs}");
        int? label = null;
        if (labelText is not null)
            label = int.TryParse(labelText, out int l) ? l : throw new UsageException($"--label expects an integer, got '{labelText}'");
        if (File.Exists(output) && !force) throw new UsageException($"output '{output}' already exists; pass --force to overwrite it");

        var parameters = paramsPath is null ? ExtractionParameters.Default : ParameterFile.Load(paramsPath);
        var extractor = new RadiomicsExtractor(parameters);
        var cases = manifest is not null
            ? ExtractionManifest.Read(manifest)
            : [new ExtractionCase(id ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(image!)), Path.GetFullPath(image!), Path.GetFullPath(mask!), label, roi, seriesUid)];

        var outcomes = RunWithProgress(cases, extractor, jobs, stderr);
        foreach (var failed in outcomes.Where(o => o.Failed))
            stderr.WriteLine($"dlr extract: case {failed.Case.Id} failed: {failed.Error}");
        FeatureTable.Write(output, outcomes, overwrite: force);
        int failures = outcomes.Count(o => o.Failed);
        if (cases.Count > 1) stderr.WriteLine($"dlr extract: {cases.Count - failures} of {cases.Count} cases extracted to {output}");
        return failures == 0 ? 0 : 1;
    }

    private static IReadOnlyList<CaseOutcome> RunWithProgress(IReadOnlyList<ExtractionCase> cases, RadiomicsExtractor extractor, int jobs, TextWriter stderr)
    {
        bool terminal = cases.Count > 1 && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        if (!terminal) return BatchExtraction.Run(cases, extractor, jobs);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IReadOnlyList<CaseOutcome> outcomes = [];
        console.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("extracting", maxValue: cases.Count);
            outcomes = BatchExtraction.Run(cases, extractor, jobs, _ => task.Increment(1));
        });
        return outcomes;
    }
}
