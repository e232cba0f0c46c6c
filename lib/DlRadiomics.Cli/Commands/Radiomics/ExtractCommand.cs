using System.CommandLine;
using DlRadiomics.Radiomics;
using DlRadiomics.Radiomics.Batch;
using Spectre.Console;

namespace DlRadiomics.Cli.Commands.Radiomics;

/// <summary><c>dlr extract</c>: PyRadiomics-compatible feature extraction for one case or a manifest of cases.</summary>
public sealed class ExtractCommand : Verb
{
    private readonly Option<string?> _image = CliOption.Text("--image", "image: NRRD, NIfTI (.nii, .nii.gz), DICOM file or DICOM series folder", "IMG");
    private readonly Option<string?> _mask = CliOption.Text("--mask", "segmentation: NRRD, NIfTI, DICOM, or a DICOM RTSTRUCT (then --roi names the contour to rasterise)", "MASK");
    private readonly Option<int?> _label = CliOption.OptionalInt("--label", "label of the ROI (overrides the parameter file's 'label' setting)");
    private readonly Option<string?> _roi = CliOption.Text("--roi", "ROI of an RTSTRUCT mask", "NAME");
    private readonly Option<string?> _seriesUid = CliOption.Text("--series-uid", "series to read when the image folder holds several", "UID");
    private readonly Option<string?> _id = CliOption.Text("--id", "value of the ID column for a single case (default: the image file name)", "ID");
    private readonly Option<string?> _manifest = CliOption.Text("--manifest", "CSV with columns ID, Image, Mask and optionally Label and ROI; paths relative to the manifest", "M.csv");
    private readonly Option<string?> _params = CliOption.Text("--params", "PyRadiomics parameter file (YAML or JSON: setting, imageType, featureClass); default: PyRadiomics defaults, all feature classes of this build", "P.yaml");
    private readonly Option<string> _out = CliOption.Required("--out", "one row per case: ID, Image, Mask, Label, diagnostics, features; an 'error' column when a case failed. Written to a temporary file and renamed at the end.", "OUT.csv");
    private readonly Option<string?> _shard = CliOption.Text("--shard", "extract only shard K of N of the manifest: the rows whose 0-based position mod N is K−1 (K from 1, as Slurm's --array=1-N numbers tasks); dlr merge joins the shard tables", "K/N");
    private readonly Option<int> _jobs = CliOption.Int("--jobs", "cases extracted in parallel (default: number of cores)", Environment.ProcessorCount);
    private readonly Option<bool> _force = CliOption.Flag("--force", "overwrite an existing OUT.csv (without it, an existing file is an error)");

    public ExtractCommand() : base("extract", "extract radiomics features (PyRadiomics parameter files) for one case or a manifest") =>
        Add(_image, _mask, _label, _roi, _seriesUid, _id, _manifest, _shard, _params, _out, _jobs, _force);

    public override string Notes => """
        Give --image and --mask (with optional --label/--roi/--series-uid/--id) for one case, or --manifest for many;
        --shard K/N extracts the same 1/N of the manifest on any machine, and dlr merge joins the N tables.
        A failing case is reported on stderr and in its row; the other cases go on. Exit code 1 if any case failed.
        Images PyRadiomics skips with a warning (a LoG sigma too large for the image) are reported on stderr as
        warnings; their features are absent.
        """;

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        bool single = parse.IsGiven(_image) || parse.IsGiven(_mask) || parse.IsGiven(_label) || parse.IsGiven(_id) || parse.IsGiven(_roi) || parse.IsGiven(_seriesUid);
        if (parse.IsGiven(_manifest) && single)
            yield return "give either --manifest or --image/--mask (with optional --label/--roi/--series-uid/--id), not both";
        else if (!parse.IsGiven(_manifest) && (!parse.IsGiven(_image) || !parse.IsGiven(_mask)))
            yield return "give --image and --mask, or --manifest";
        if (parse.GetValue(_shard) is { } shard)
        {
            if (!parse.IsGiven(_manifest)) yield return "--shard needs --manifest";
            string? problem = null;
            try { ManifestShard.Parse(shard); }
            catch (FormatException e) { problem = $"--shard: {e.Message}"; }
            if (problem is not null) yield return problem;
        }
        if (parse.GetValue(_jobs) is var jobs and < 1) yield return $"--jobs must be at least 1, got {jobs}";
        if (parse.GetValue(_out) is { } output && File.Exists(output) && !parse.GetValue(_force))
            yield return $"output '{output}' already exists; pass --force to overwrite it";
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        string? image = parse.GetValue(_image), mask = parse.GetValue(_mask), manifest = parse.GetValue(_manifest), paramsPath = parse.GetValue(_params);
        string output = parse.GetValue(_out)!;
        var parameters = paramsPath is null ? ExtractionParameters.Default : ParameterFile.Load(paramsPath);
        var extractor = new RadiomicsExtractor(parameters);
        var shard = parse.GetValue(_shard) is { } shardText ? ManifestShard.Parse(shardText) : ManifestShard.All;
        var cases = manifest is not null
            ? shard.Select(ExtractionManifest.Read(manifest))
            : [new ExtractionCase(parse.GetValue(_id) ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(image!)), Path.GetFullPath(image!), Path.GetFullPath(mask!),
                parse.GetValue(_label), parse.GetValue(_roi), parse.GetValue(_seriesUid))];

        var outcomes = RunWithProgress(cases, extractor, parse.GetValue(_jobs), stderr);
        foreach (var outcome in outcomes)
            foreach (var warning in outcome.Result?.Warnings ?? [])
                stderr.WriteLine($"dlr extract: case {outcome.Case.Id}: warning: {warning}");
        foreach (var failed in outcomes.Where(o => o.Failed))
            stderr.WriteLine($"dlr extract: case {failed.Case.Id} failed: {failed.Error}");
        FeatureTable.Write(output, outcomes, overwrite: parse.GetValue(_force));
        int failures = outcomes.Count(o => o.Failed);
        if (shard != ManifestShard.All) stderr.WriteLine($"dlr extract: shard {shard}: {cases.Count - failures} of {cases.Count} cases extracted to {output}");
        else if (cases.Count > 1) stderr.WriteLine($"dlr extract: {cases.Count - failures} of {cases.Count} cases extracted to {output}");
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
