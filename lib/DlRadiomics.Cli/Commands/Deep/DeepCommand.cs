using System.CommandLine;
using DlRadiomics.Cohort;
using DlRadiomics.Deep;

namespace DlRadiomics.Cli.Commands.Deep;

/// <summary><c>dlr deep</c>: deep features of each case's largest ROI slice through an ONNX image network.</summary>
public sealed class DeepCommand : Verb
{
    private readonly Option<string> _manifest = CliOption.Required("--manifest", "cases: ID,Image,Mask[,Label] as for dlr extract, or an images manifest (PatientID,Plane,…,ImagePath,MaskPath,RoiKind,Rater,Repeat; then --plane is required)", "M.csv");
    private readonly Option<string?> _model = CliOption.Text("--model", "ONNX image network (N×3×H×W float input); default: models/resnext50_32x4d.onnx when present, else the embedded ImageNet ResNet18", "FILE.onnx");
    private readonly Option<string?> _outputNode = CliOption.Text("--output-node", "model output to read; default: the network's pooled features (an unknown network: its first output)", "NAME");
    private readonly Option<string?> _plane = CliOption.Text("--plane", "plane of an images manifest: sagittal or axial", "sagittal|axial");
    private readonly Option<string?> _roiKind = CliOption.Text("--roi-kind", "ROI kind of an images manifest (default: disc for sagittal, canal for axial)", "KIND");
    private readonly Option<int> _rater = CliOption.Int("--rater", "rater whose masks are used (images manifest)", 1);
    private readonly Option<int> _repeat = CliOption.Int("--repeat", "delineation repeat used (images manifest)", 1);
    private readonly Option<int> _label = CliOption.Int("--label", "mask label of the ROI (a manifest's Label column overrides it)", 1);
    private readonly Option<int> _margin = CliOption.Int("--margin", "pixels added around the ROI's bounding box before cropping", RoiSliceOptions.Default.Margin);
    private readonly ChoiceOption<IntensityScaling> _scaling = new("--scaling", "intensity scaling of the crop to [0, 1] (percentile: 0.5th to 99.5th, clipped)",
        IntensityScaling.MinMax, ("minmax", IntensityScaling.MinMax), ("percentile", IntensityScaling.Percentile));
    private readonly Option<int> _batch = CliOption.Int("--batch", "images per forward pass", DeepExtractorOptions.Default.BatchSize);
    private readonly Option<int> _threads = CliOption.Int("--threads", "ONNX Runtime intra-op threads (0: one batch per core at once, one thread each)", 0);
    private readonly Option<string?> _dumpInputs = CliOption.Text("--dump-inputs", "write each case's network input as DIR/<ID>.npy (float32, 1×3×H×W, C order)", "DIR");
    private readonly Option<string?> _prefix = CliOption.Text("--prefix", "feature column prefix (default dl_: dl_0 … dl_{d-1})", "TEXT");
    private readonly Option<string> _out = CliOption.Required("--out", "one row per case: ID, Image, Mask, Label, diagnostics (network name and SHA-256, output node, slice, crop), features; an 'error' column when a case failed. Written to a temporary file and renamed at the end.", "OUT.csv");
    private readonly Option<bool> _force = CliOption.Flag("--force", "overwrite an existing OUT.csv and dumped inputs");

    public DeepCommand() : base("deep", "deep features of each case's largest ROI slice through an ONNX network (ResNet18 embedded, ResNeXt50_32x4d when exported)") =>
        Add(_manifest, _model, _outputNode, _plane, _roiKind, _rater, _repeat, _label, _margin, _scaling, _batch, _threads, _dumpInputs, _prefix, _out, _force);

    public override string Notes => """
        Each case: the slice with the most ROI pixels along the image's third axis (ties: the lowest index), the ROI's
        bounding box plus --margin, scaled to [0, 1], resized bilinearly as PyTorch's interpolate(align_corners=False),
        copied to 3 channels and normalised as the network expects (models/resnet18-imagenet.md).
        The network used is printed on stderr and named in every row. A failing case (unreadable file, mask on another
        grid, empty or tiny ROI) is reported on stderr and in its row; the other cases go on. Exit code 1 if any failed.
        """;

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        if (parse.GetValue(_plane) is { } plane && plane is not ("sagittal" or "axial")) yield return $"--plane must be sagittal or axial, got '{plane}'";
        if (parse.GetValue(_roiKind) is { } kind && !Enum.GetValues<RoiKind>().Any(k => k.Name() == kind))
            yield return $"--roi-kind must be one of {string.Join(", ", Enum.GetValues<RoiKind>().Select(k => k.Name()))}, got '{kind}'";
        if (!parse.IsGiven(_plane) && (parse.IsGiven(_roiKind) || parse.IsGiven(_rater) || parse.IsGiven(_repeat)))
            yield return "--roi-kind, --rater and --repeat filter an images manifest and need --plane";
        if (parse.GetValue(_batch) is var batch and < 1) yield return $"--batch must be at least 1, got {batch}";
        if (parse.GetValue(_threads) is var threads and < 0) yield return $"--threads must be 0 or more, got {threads}";
        if (parse.GetValue(_margin) is var margin and < 0) yield return $"--margin must be 0 or more, got {margin}";
        if (parse.GetValue(_out) is { } output && File.Exists(output) && !parse.GetValue(_force))
            yield return $"output '{output}' already exists; pass --force to overwrite it";
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        ImagesManifestFilter? filter = parse.GetValue(_plane) is { } plane
            ? new ImagesManifestFilter(plane == "sagittal" ? ImagePlane.Sagittal : ImagePlane.Axial,
                parse.GetValue(_roiKind) is { } kind ? RoiKinds.Parse(kind) : null, parse.GetValue(_rater), parse.GetValue(_repeat))
            : null;
        string output = parse.GetValue(_out)!;
        var options = new DeepExtractionOptions(parse.GetValue(_manifest)!, output, parse.GetValue(_model), parse.GetValue(_outputNode), filter,
            parse.GetValue(_batch), parse.GetValue(_threads), parse.GetValue(_dumpInputs), parse.GetValue(_prefix) ?? "dl_", parse.GetValue(_force),
            RoiSliceOptions.Default with { Label = parse.GetValue(_label), Margin = parse.GetValue(_margin), Scaling = _scaling.ValueIn(parse) });
        var result = DeepExtraction.Run(options,
            model => stderr.WriteLine($"dlr deep: network {model.Name} ({model.Path}, sha256 {model.Sha256})"));
        foreach (var failed in result.Outcomes.Where(o => o.Failed))
            stderr.WriteLine($"dlr deep: case {failed.Case.Id} failed: {failed.Error}");
        stderr.WriteLine($"dlr deep: {result.Outcomes.Count - result.Failures} of {result.Outcomes.Count} cases embedded by {result.Model.Name} (output {result.OutputNode}) to {output}");
        return result.Failures == 0 ? 0 : 1;
    }
}
