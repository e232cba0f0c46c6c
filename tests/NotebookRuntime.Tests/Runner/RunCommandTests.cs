using System.Security.Cryptography;
using System.Text.Json.Nodes;
using DlRadiomics.Notebooks.Notebook;
using DlRadiomics.Notebooks.Runner;
using DlRadiomics.Notebooks.Tests.Support;

namespace DlRadiomics.Notebooks.Tests.Runner;

[Collection(SequentialCollection.Name)]
public sealed class RunCommandTests : IDisposable
{
    private readonly List<DirectoryInfo> folders = [];

    static RunCommandTests() => LibraryFormatters.Install();

    public void Dispose()
    {
        foreach (var folder in folders) folder.Delete(recursive: true);
    }

    private DirectoryInfo NewFolder()
    {
        var folder = TestPaths.NewTemporaryFolder();
        folders.Add(folder);
        return folder;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await RunnerCommands.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static List<JsonObject> CodeCells(string path) => NotebookDocument.Load(path).CodeCells.ToList();

    private static IEnumerable<JsonObject> Outputs(JsonObject cell) => ((JsonArray)cell["outputs"]!).OfType<JsonObject>();

    private static string Text(JsonNode? node) => node is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)node ?? "";

    [Fact]
    public async Task Run_executes_cells_with_injected_parameters_and_writes_standard_outputs()
    {
        var source = TestPaths.TestNotebook("state-display-parameters.ipynb");
        var sourceHash = SHA256.HashData(File.ReadAllBytes(source));
        var output = NewFolder();

        var (exit, stdout, stderr) = await Run("run", source, "--out", output.FullName, "-p", "Count=3", "-p", "Label=from cli");

        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal(sourceHash, SHA256.HashData(File.ReadAllBytes(source)));
        var cells = CodeCells(Path.Combine(output.FullName, "state-display-parameters.ipynb"));
        Assert.Contains(ParameterInjection.ParametersTag, NotebookDocument.Tags(cells[0]));
        Assert.Contains(ParameterInjection.InjectedTag, NotebookDocument.Tags(cells[1]));
        Assert.Contains("var Label = \"from cli\";", NotebookDocument.Source(cells[1]));
        Assert.Equal(Enumerable.Range(1, cells.Count), cells.Select(c => (int)c["execution_count"]!));

        var stream = Assert.Single(Outputs(cells[2]));
        Assert.Equal(("stream", "stdout", "label=from cli\n"), ((string?)stream["output_type"], (string?)stream["name"], Text(stream["text"])));
        var display = Assert.Single(Outputs(cells[3]));
        Assert.Equal("display_data", (string?)display["output_type"]);
        Assert.Contains("<th>Name</th>", Text(display["data"]!["text/html"]));
        var result = Assert.Single(Outputs(cells[4]));
        Assert.Equal(("execute_result", "63", 5), ((string?)result["output_type"], Text(result["data"]!["text/plain"]), (int)result["execution_count"]!));
        var error = Assert.Single(Outputs(cells[5]));
        Assert.Equal(("error", "System.InvalidOperationException", "expected failure"), ((string?)error["output_type"], (string?)error["ename"], (string?)error["evalue"]));
        Assert.Equal("after error total=63\n", Text(Assert.Single(Outputs(cells[6]))["text"]));
        Assert.Contains("expected failure", File.ReadAllText(Path.Combine(output.FullName, "state-display-parameters.html")));
    }

    [Fact]
    public async Task Run_stops_at_the_first_error_and_still_writes_the_notebook_up_to_it()
    {
        var output = NewFolder();

        var (exit, _, stderr) = await Run("run", TestPaths.TestNotebook("fails-midway.ipynb"), "--out", output.FullName);

        Assert.Equal(1, exit);
        Assert.Contains("fails-midway.ipynb: cell 2 (id fails-midway-2) failed: System.InvalidOperationException: boom in cell 2", stderr);
        var cells = CodeCells(Path.Combine(output.FullName, "fails-midway.ipynb"));
        Assert.Equal("first\n", Text(Assert.Single(Outputs(cells[0]))["text"]));
        Assert.Equal("boom in cell 2", (string?)Assert.Single(Outputs(cells[1]))["evalue"]);
        Assert.Empty(Outputs(cells[2]));
        Assert.Null(cells[2]["execution_count"]);
    }

    [Fact]
    public async Task Continue_on_error_runs_the_remaining_cells_but_still_fails()
    {
        var output = NewFolder();
        var (exit, _, _) = await Run("run", TestPaths.TestNotebook("fails-midway.ipynb"), "--out", output.FullName, "--continue-on-error");

        Assert.Equal(1, exit);
        var cells = CodeCells(Path.Combine(output.FullName, "fails-midway.ipynb"));
        Assert.Equal("never\n", Text(Assert.Single(Outputs(cells[2]))["text"]));
    }

    [Fact]
    public async Task Figures_and_data_frames_render_as_plotly_json_html_and_figure_files()
    {
        var output = NewFolder();
        var (exit, stdout, stderr) = await Run("run", TestPaths.TestNotebook("figure-and-table.ipynb"), "--out", output.FullName);

        Assert.True(exit == 0, stdout + stderr);
        var cells = CodeCells(Path.Combine(output.FullName, "figure-and-table.ipynb"));
        var charts = Outputs(cells[1]).ToList();
        Assert.Equal(2, charts.Count);
        Assert.All(charts, c => Assert.IsType<JsonArray>(c["data"]!["application/vnd.plotly.v1+json"]!["data"]));
        var chartHtml = charts.Select(c => Text(c["data"]!["text/html"])).ToList();
        Assert.Contains("window.__dlrDefine", chartHtml[0]);
        Assert.DoesNotContain("window.__dlrDefine", chartHtml[1]);
        Assert.Contains("<th>label</th>", Text(Assert.Single(Outputs(cells[2]))["data"]!["text/html"]));

        var page = File.ReadAllText(Path.Combine(output.FullName, "figure-and-table.html"));
        Assert.Equal(1, CountOf(page, "window.__dlrDefine = window.define"));
        Assert.Equal(2, CountOf(page, "class=\"plotly-figure\""));
        Assert.Contains("id=\"figure-and-table-c4-o1\"", page);
        Assert.Contains("label", File.ReadAllLines(Path.Combine(output.FullName, "tables", "figure-and-table-cell4-table1.csv"))[0].Split(','));
        var figures = Path.Combine(output.FullName, "figures");
        Assert.True(File.Exists(Path.Combine(figures, "figure-and-table-cell3-1.html")));
        Assert.True(File.Exists(Path.Combine(figures, "figure-and-table-cell3-2.html")));
        Assert.True(File.Exists(Path.Combine(figures, "plotly.min.js")));
        if (DlRadiomics.Notebooks.Export.ChromiumScreenshot.FindExecutable() is not null)
            Assert.True(new FileInfo(Path.Combine(figures, "figure-and-table-cell3-1.png")).Length > 1000);
        else Assert.Contains("PNG export skipped", stderr);
    }

    [SkippableFact]
    public async Task Executed_notebooks_are_valid_per_nbformat()
    {
        Skip.IfNot(ExternalTool.PythonHas("nbformat"), "/usr/bin/python3 with nbformat (Debian python3-nbformat) is not installed");
        var output = NewFolder();
        await Run("run", TestPaths.TestNotebook("state-display-parameters.ipynb"), "--out", output.FullName, "-p", "Count=1");
        await Run("run", TestPaths.TestNotebook("fails-midway.ipynb"), "--out", output.FullName);
        await Run("run", TestPaths.TestNotebook("figure-and-table.ipynb"), "--out", output.FullName);

        var notebooks = Directory.GetFiles(output.FullName, "*.ipynb");
        Assert.Equal(3, notebooks.Length);
        Assert.Equal("", ExternalTool.ValidateNotebooks(notebooks));
    }

    [Fact]
    public async Task Run_refuses_to_overwrite_its_source()
    {
        var folder = NewFolder();
        var copy = Path.Combine(folder.FullName, "fails-midway.ipynb");
        File.Copy(TestPaths.TestNotebook("fails-midway.ipynb"), copy);
        var before = File.ReadAllText(copy);

        var (exit, _, stderr) = await Run("run", copy, "--out", folder.FullName);

        Assert.Equal(1, exit);
        Assert.Contains("refusing to overwrite the source notebook", stderr);
        Assert.Equal(before, File.ReadAllText(copy));
    }

    [Fact]
    public async Task Reproduce_runs_numbered_notebooks_in_numeric_order_and_writes_an_index()
    {
        var repository = NewFolder();
        File.WriteAllText(Path.Combine(repository.FullName, "Analysis.sln"), "");
        var notebooks = Directory.CreateDirectory(Path.Combine(repository.FullName, "notebooks"));
        foreach (var name in new[] { "10-last.ipynb", "2-second.ipynb", "01-first.ipynb" })
            File.Copy(TestPaths.TestNotebook("state-display-parameters.ipynb"), Path.Combine(notebooks.FullName, name));
        File.Copy(TestPaths.TestNotebook("fails-midway.ipynb"), Path.Combine(notebooks.FullName, "scratch.ipynb"));
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(notebooks.FullName);
        try
        {
            var (exit, stdout, stderr) = await Run("reproduce");

            Assert.True(exit == 0, stdout + stderr);
            var order = stdout.Split('\n').Where(l => l.EndsWith(": running")).Select(l => Path.GetFileName(l[..l.IndexOf(':')])).ToList();
            Assert.Equal(["01-first.ipynb", "2-second.ipynb", "10-last.ipynb"], order);
            var artifacts = Path.Combine(repository.FullName, "artifacts");
            var index = File.ReadAllText(Path.Combine(artifacts, "index.html"));
            Assert.True(index.IndexOf("href=\"notebooks/01-first.html\"") < index.IndexOf("href=\"notebooks/10-last.html\""));
            Assert.True(File.Exists(Path.Combine(artifacts, "notebooks", "10-last.ipynb")));
            Assert.DoesNotContain("scratch", index);
        }
        finally { Directory.SetCurrentDirectory(previous); }
    }

    [Fact]
    public async Task Kernel_install_writes_a_kernelspec_into_the_prefix()
    {
        var prefix = NewFolder();
        var (exit, _, _) = await Run("kernel", "install", "--prefix", prefix.FullName);

        Assert.Equal(0, exit);
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(prefix.FullName, "share", "jupyter", "kernels", "dlradiomics-csharp", "kernel.json")))!;
        Assert.Equal("C# (DlRadiomics)", (string?)spec["display_name"]);
        Assert.Equal("C#", (string?)spec["language"]);
        Assert.Equal(["kernel", "--connection-file", "{connection_file}"], ((JsonArray)spec["argv"]!).TakeLast(3).Select(a => (string?)a));
    }

    [Fact]
    public async Task New_creates_a_clean_notebook_and_clean_strips_an_executed_one()
    {
        var folder = NewFolder();
        var path = Path.Combine(folder.FullName, "03-example.ipynb");
        Assert.Equal(0, (await Run("new", path, "--title", "Example")).Exit);
        var (exit, stdout, stderr) = await Run("run", path, "--out", Path.Combine(folder.FullName, "out"), "-p", "Seed=1");
        Assert.True(exit == 0, stdout + stderr);
        var executed = Path.Combine(folder.FullName, "out", "03-example.ipynb");
        Assert.NotNull(CodeCells(executed)[0]["execution_count"]);

        Assert.Equal(0, (await Run("clean", executed)).Exit);

        var cleaned = NotebookDocument.Load(executed);
        Assert.All(cleaned.CodeCells, c => Assert.Null(c["execution_count"]));
        Assert.Equal("dlradiomics-csharp", (string?)cleaned.Root["metadata"]!["kernelspec"]!["name"]);
        Assert.Equal("# Example", NotebookDocument.Source(cleaned.Cells[0]!.AsObject()));
        Assert.Equal(2, (await Run("new", path)).Exit);
    }

    [Fact]
    public async Task Usage_errors_exit_with_two()
    {
        Assert.Equal(2, (await Run("run")).Exit);
        Assert.Equal(2, (await Run("frobnicate")).Exit);
        Assert.Equal(2, (await Run("run", "x.ipynb", "-p", "NoEquals")).Exit);
    }

    [Fact]
    public void The_runner_executable_exits_non_zero_naming_notebook_cell_and_message()
    {
        var output = NewFolder();
        var result = ExternalTool.Run(TestPaths.RunnerExecutable, ["run", TestPaths.TestNotebook("fails-midway.ipynb"), "--out", output.FullName]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cell 2 (id fails-midway-2) failed: System.InvalidOperationException: boom in cell 2", result.StandardError);
        Assert.True(File.Exists(Path.Combine(output.FullName, "fails-midway.ipynb")));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
