using System.Text.Json.Nodes;
using DlRadiomics.Cohort;
using DlRadiomics.Notebooks.Runner;
using DlRadiomics.Notebooks.Tests.Support;

namespace DlRadiomics.Notebooks.Tests.Runner;

/// <summary>
/// The repository's numbered notebooks run once, through <c>reproduce</c>, on a reduced synthetic cohort handed to
/// them as a user's own data folder (<c>-p DataFolder=…</c>), with their intermediate results in a temporary folder.
/// </summary>
public sealed class ReducedSeriesRun : IDisposable
{
    public const int Patients = 240;
    public const int RecurrencePatients = 80;

    private readonly DirectoryInfo folder = TestPaths.NewTemporaryFolder();
    private readonly string? previousArtifacts = Environment.GetEnvironmentVariable("DLR_ARTIFACTS");

    public ReducedSeriesRun()
    {
        LibraryFormatters.Install();
        Data = SyntheticData.Generate(Path.Combine(folder.FullName, "data"),
            new SyntheticDataOptions(Seed: 11, SurgicalRiskPatients: Patients, RecurrencePatients: RecurrencePatients, ReliabilityPatients: 12));
        Environment.SetEnvironmentVariable("DLR_ARTIFACTS", Path.Combine(folder.FullName, "intermediate"));
        Output = Path.Combine(folder.FullName, "artifacts");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(TestPaths.RepositoryRoot);
        try
        {
            ExitCode = RunnerCommands.RunAsync(["reproduce", "--out", Output, "-p", $"DataFolder={Data.Root}", "-p", "Folds=5"], stdout, stderr)
                .GetAwaiter().GetResult();
        }
        finally { Directory.SetCurrentDirectory(previous); }
        Log = stdout + "\n" + stderr;
    }

    public SyntheticDataPaths Data { get; }

    public string Output { get; }

    public int ExitCode { get; }

    public string Log { get; }

    /// <summary>The executed copy of notebook <paramref name="name"/> (without extension).</summary>
    public JsonObject Executed(string name)
    {
        var path = Path.Combine(Output, "notebooks", name + ".ipynb");
        Assert.True(File.Exists(path), $"{name} was not run:\n{Log}");
        return (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;
    }

    /// <summary>Every output of the notebook's code cells, in order.</summary>
    public IReadOnlyList<JsonObject> Outputs(string name) =>
        ((JsonArray)Executed(name)["cells"]!).OfType<JsonObject>()
            .SelectMany(c => (c["outputs"] as JsonArray ?? []).OfType<JsonObject>()).ToList();

    /// <summary>The outputs' HTML, one string per output that has some.</summary>
    public IReadOnlyList<string> Html(string name) => Outputs(name).Select(o => Text(o["data"]?["text/html"])).Where(h => h.Length > 0).ToList();

    /// <summary>The Plotly figures' JSON.</summary>
    public IReadOnlyList<JsonNode> Figures(string name) =>
        Outputs(name).Select(o => o["data"]?["application/vnd.plotly.v1+json"]).OfType<JsonNode>().ToList();

    /// <summary>Standard output and plain-text results, concatenated.</summary>
    public string Text(string name) => string.Join("\n", Outputs(name).Select(o => Text(o["text"]) + Text(o["data"]?["text/plain"])));

    public static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => (string?)value ?? "",
        _ => "",
    };

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("DLR_ARTIFACTS", previousArtifacts);
        folder.Delete(recursive: true);
    }
}
