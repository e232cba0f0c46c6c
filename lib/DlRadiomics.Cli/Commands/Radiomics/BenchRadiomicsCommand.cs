using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;

namespace DlRadiomics.Cli.Commands.Radiomics;

/// <summary>
/// <c>dlr bench radiomics</c>: times one case's extraction on one thread (reading excluded and reported apart), to
/// compare with PyRadiomics' per-case time. The BenchmarkDotNet suite in tests/Benchmarks is the precise measurement.
/// </summary>
public sealed class BenchRadiomicsCommand : Verb
{
    private readonly Option<string> _image = CliOption.Required("--image", "image file (NRRD, NIfTI, DICOM)", "IMG");
    private readonly Option<string> _mask = CliOption.Required("--mask", "segmentation of the image", "MASK");
    private readonly Option<string?> _params = CliOption.Text("--params", "PyRadiomics parameter file (default: PyRadiomics defaults)", "P.yaml");
    private readonly Option<int> _repeat = CliOption.Int("--repeat", "extractions timed", 20);

    public BenchRadiomicsCommand() : base("bench radiomics", "time the feature extraction of one case (single-threaded)") => Add(_image, _mask, _params, _repeat);

    public override string Notes => """
        Reads the case once, extracts N times on this thread and prints the read time, the median and fastest
        extraction times, the processor time per extraction, the number of values and the process's peak working set.
        """;

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        if (parse.GetValue(_repeat) is var repeat and < 1) yield return $"--repeat must be at least 1, got {repeat}";
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        string? paramsPath = parse.GetValue(_params);
        int repeat = parse.GetValue(_repeat);
        var extractor = new RadiomicsExtractor(paramsPath is null ? ExtractionParameters.Default : ParameterFile.Load(paramsPath));
        var clock = Stopwatch.StartNew();
        var img = ImageFile.ReadImage(parse.GetValue(_image)!);
        var msk = ImageFile.ReadMask(parse.GetValue(_mask)!);
        double readMs = clock.Elapsed.TotalMilliseconds;

        int values = extractor.Extract(img, msk).Features.Count; // warm-up (JIT)
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var times = new double[repeat];
        for (int n = 0; n < repeat; n++)
        {
            clock.Restart();
            extractor.Extract(img, msk);
            times[n] = clock.Elapsed.TotalMilliseconds;
        }
        process.Refresh();
        double cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / repeat;
        Array.Sort(times);
        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(c, $"read image and mask: {readMs:F1} ms"));
        stdout.WriteLine(string.Create(c, $"extraction of {values} values: median {times[repeat / 2]:F2} ms, fastest {times[0]:F2} ms over {repeat} runs (one thread)"));
        stdout.WriteLine(string.Create(c, $"processor time per extraction: {cpuMs:F2} ms (less sensitive to other load than wall-clock time)"));
        stdout.WriteLine(string.Create(c, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"));
        return 0;
    }
}
