using DlRadiomics.Cohort;
using DlRadiomics.Notebooks.Export;
using DlRadiomics.Notebooks.Notebook;
using DlRadiomics.Notebooks.Browser;
using DlRadiomics.Notebooks.Tests.Support;

namespace DlRadiomics.Notebooks.Tests.FrontEnd;

/// <summary>
/// What the front-end tests share, started on first use: a reduced synthetic cohort (tables only), copies of the
/// repository's notebooks pointed at it (the runner's <c>injected-parameters</c> cell, <c>DataFolder=…</c>), our
/// kernelspec installed into a temporary Jupyter prefix, the classic Notebook server serving the copies, and headless
/// Chromium. Jupyter's paths and the notebooks' data and intermediate results all live in one temporary folder;
/// disposing kills the server (with its kernels) and the browser and deletes that folder.
/// </summary>
public sealed class ClassicNotebookFrontEnd : IDisposable
{
    public const int Patients = 240;
    public const int Width = 1280;
    public const int Height = 900;

    private readonly DirectoryInfo work = TestPaths.NewTemporaryFolder();
    private readonly Lazy<(ClassicNotebookServer Server, HeadlessChromium Browser)> started;

    public ClassicNotebookFrontEnd() => started = new(Start);

    /// <summary>Why the front end cannot be tested on this machine, or null when it can.</summary>
    public static string? MissingTool() =>
        !File.Exists(ClassicNotebookServer.Executable) ? $"{ClassicNotebookServer.Executable} (Debian jupyter-notebook) is not installed; environment/setup.sh installs it"
        : ChromiumScreenshot.FindExecutable() is null ? "Debian's chromium is not installed; environment/setup.sh installs it"
        : null;

    public ClassicNotebookServer Server => started.Value.Server;

    public HeadlessChromium Browser => started.Value.Browser;

    private (ClassicNotebookServer, HeadlessChromium) Start()
    {
        var data = SyntheticData.Generate(Path.Combine(work.FullName, "data"),
            new SyntheticDataOptions(Seed: 11, SurgicalRiskPatients: Patients, RecurrencePatients: 80, Images: false, ReliabilityPatients: 12));
        var notebooks = Directory.CreateDirectory(Path.Combine(work.FullName, "notebooks")).FullName;
        foreach (var path in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "notebooks"), "*.ipynb"))
        {
            var notebook = NotebookDocument.Load(path);
            ParameterInjection.Inject(notebook, [new("DataFolder", data.Root)]);
            notebook.Save(Path.Combine(notebooks, Path.GetFileName(path)));
        }
        var jupyter = Path.Combine(work.FullName, "jupyter");
        var install = ExternalTool.Run(TestPaths.RunnerExecutable, ["kernel", "install", "--prefix", jupyter]);
        Assert.True(install.ExitCode == 0, install.StandardError);
        var environment = new Dictionary<string, string>
        {
            ["JUPYTER_PATH"] = Path.Combine(jupyter, "share", "jupyter"),
            ["JUPYTER_CONFIG_DIR"] = Path.Combine(jupyter, "config"),
            ["JUPYTER_DATA_DIR"] = Path.Combine(jupyter, "data"),
            ["JUPYTER_RUNTIME_DIR"] = Path.Combine(jupyter, "runtime"),
            ["JUPYTER_PLATFORM_DIRS"] = "1",
            ["IPYTHONDIR"] = Path.Combine(jupyter, "ipython"),
            ["DLR_ARTIFACTS"] = Path.Combine(work.FullName, "artifacts"),
            ["DLR_DATA"] = Path.Combine(work.FullName, "generated", "default"),
        };
        var server = ClassicNotebookServer.Start(notebooks, environment, TimeSpan.FromSeconds(90));
        try { return (server, HeadlessChromium.Start(ChromiumScreenshot.FindExecutable()!, Width, Height, TimeSpan.FromSeconds(60))); }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (started.IsValueCreated)
        {
            started.Value.Browser.Dispose();
            started.Value.Server.Dispose();
        }
        work.Delete(recursive: true);
    }
}
