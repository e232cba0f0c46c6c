using System.Text.Json.Nodes;
using DlRadiomics.Notebooks.Notebook;
using DlRadiomics.Notebooks.Tests.Support;

namespace DlRadiomics.Notebooks.Tests.Kernel;

/// <summary>
/// The kernel driven by clients written elsewhere: Debian's jupyter nbconvert and jupyter_client. The kernelspec is
/// installed into a temporary prefix and every Jupyter path points into it, so the user's configuration is untouched.
/// </summary>
[Collection(SequentialCollection.Name)]
public sealed class KernelEndToEndTests : IDisposable
{
    private const string KernelName = "dlradiomics-csharp";
    private readonly DirectoryInfo jupyter = TestPaths.NewTemporaryFolder();

    public void Dispose() => jupyter.Delete(recursive: true);

    private Dictionary<string, string> InstallKernel()
    {
        var install = ExternalTool.Run(TestPaths.RunnerExecutable, ["kernel", "install", "--prefix", jupyter.FullName]);
        Assert.True(install.ExitCode == 0, install.StandardError);
        return new Dictionary<string, string>
        {
            ["JUPYTER_PATH"] = Path.Combine(jupyter.FullName, "share", "jupyter"),
            ["JUPYTER_CONFIG_DIR"] = Path.Combine(jupyter.FullName, "config"),
            ["JUPYTER_DATA_DIR"] = Path.Combine(jupyter.FullName, "data"),
            ["JUPYTER_RUNTIME_DIR"] = Path.Combine(jupyter.FullName, "runtime"),
            ["JUPYTER_PLATFORM_DIRS"] = "1",
        };
    }

    [SkippableFact]
    public void Nbconvert_executes_a_notebook_through_the_kernel()
    {
        Skip.IfNot(File.Exists("/usr/bin/jupyter-nbconvert"), "Debian's jupyter-nbconvert is not installed (environment/setup.sh installs it)");
        var environment = InstallKernel();
        var output = Path.Combine(jupyter.FullName, "out");

        var result = ExternalTool.Run("/usr/bin/jupyter", [
            "nbconvert", "--to", "notebook", "--execute", $"--ExecutePreprocessor.kernel_name={KernelName}",
            "--ExecutePreprocessor.timeout=120", "--output-dir", output, TestPaths.TestNotebook("state-display-parameters.ipynb"),
        ], environment);

        Assert.True(result.ExitCode == 0, result.StandardError);
        var cells = NotebookDocument.Load(Path.Combine(output, "state-display-parameters.ipynb")).CodeCells.ToList();
        Assert.Equal(Enumerable.Range(1, cells.Count), cells.Select(c => (int)c["execution_count"]!));
        JsonObject Only(int cell) => Assert.Single(((JsonArray)cells[cell]["outputs"]!).OfType<JsonObject>());
        string Text(JsonNode? node) => node is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)node ?? "";
        Assert.Equal("label=default\n", Text(Only(1)["text"]));
        Assert.Equal("display_data", (string?)Only(2)["output_type"]);
        Assert.Contains("<th>Value</th>", Text(Only(2)["data"]!["text/html"]));
        Assert.Equal(("execute_result", "42"), ((string?)Only(3)["output_type"], Text(Only(3)["data"]!["text/plain"])));
        Assert.Equal(("error", "expected failure"), ((string?)Only(4)["output_type"], (string?)Only(4)["evalue"]));
        Assert.Equal("after error total=42\n", Text(Only(5)["text"]));
    }

    [SkippableFact]
    public void A_message_with_a_wrong_signature_is_dropped_and_not_executed()
    {
        Skip.IfNot(ExternalTool.PythonHas("jupyter_client"), "/usr/bin/python3 with jupyter_client (Debian python3-jupyter-client) is not installed");
        var environment = InstallKernel();
        var marker = Path.Combine(jupyter.FullName, "forged-code-ran.txt");

        var result = ExternalTool.Run(ExternalTool.Python,
            [TestPaths.TestScript("kernel_client_checks.py"), KernelName, "wrong-signature", marker, Path.Combine(jupyter.FullName, "kernel.log")], environment);

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.Contains("OK", result.StandardOutput);
        Assert.False(File.Exists(marker));
    }

    [SkippableFact]
    public void Kernel_answers_info_is_complete_complete_inspect_history_comm_info_and_interrupt()
    {
        Skip.IfNot(ExternalTool.PythonHas("jupyter_client"), "/usr/bin/python3 with jupyter_client (Debian python3-jupyter-client) is not installed");
        var environment = InstallKernel();

        var result = ExternalTool.Run(ExternalTool.Python,
            [TestPaths.TestScript("kernel_client_checks.py"), KernelName, "protocol", Path.Combine(jupyter.FullName, "kernel.log")], environment);

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError + File.ReadAllText(Path.Combine(jupyter.FullName, "kernel.log")));
    }
}
