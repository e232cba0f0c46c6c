using System.Diagnostics;
using System.Globalization;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;

namespace DlRadiomics.Cli.Commands.Radiomics;

/// <summary>
/// <c>dlr bench radiomics</c>: times one case's extraction on one thread (reading excluded and reported apart), to
/// compare with PyRadiomics' per-case time. The BenchmarkDotNet suite in tests/Benchmarks is the precise measurement.
/// </summary>
public sealed class BenchRadiomicsCommand : ICommand
{
    public string Name => "bench radiomics";
    public string Summary => "time the feature extraction of one case (single-threaded)";
    public string Usage => """
        usage: dlr bench radiomics --image IMG --mask MASK [--params P.yaml] [--repeat N]

          Reads the case once, extracts N times (default 20) on this thread and prints the read time, the median and
          fastest extraction times, the processor time per extraction, the number of values and the process's
          peak working set.
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        string image = args.Required("image"), mask = args.Required("mask");
        string? paramsPath = args.Optional("params");
        int repeat = args.Int("repeat", 20);
        args.EnsureAllUsed();
        if (repeat < 1) throw new UsageException($"--repeat must be at least 1, got {repeat}");

        var extractor = new RadiomicsExtractor(paramsPath is null ? ExtractionParameters.Default : ParameterFile.Load(paramsPath));
        var clock = Stopwatch.StartNew();
        var img = ImageFile.ReadImage(image);
        var msk = ImageFile.ReadMask(mask);
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
