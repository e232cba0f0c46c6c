using DlRadiomics.Notebooks.Display;
using DlRadiomics.Notebooks.Execution;
using DlRadiomics.Notebooks.Tests.Support;

namespace DlRadiomics.Notebooks.Tests.Execution;

/// <summary>Sessions compile one at a time, as in the runner and the kernel.</summary>
[Collection(SequentialCollection.Name)]
public class NotebookSessionTests
{
    [Fact]
    public async Task Variables_usings_and_types_carry_over_between_cells()
    {
        var session = new NotebookSession();
        Assert.True((await session.ExecuteAsync("using System.Globalization;\nrecord Point(int X, int Y);\nvar p = new Point(1, 2);")).Succeeded);
        var result = await session.ExecuteAsync("(p.X + p.Y).ToString(CultureInfo.InvariantCulture)");

        Assert.True(result.Succeeded);
        Assert.Equal("3", Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Bundle.Text);
        Assert.Equal(2, result.ExecutionCount);
    }

    [Fact]
    public async Task Console_output_and_display_are_captured_in_order()
    {
        var session = new NotebookSession();
        var result = await session.ExecuteAsync("Console.WriteLine(\"a\");\nConsole.Error.WriteLine(\"warn\");\ndisplay(new[] { 1, 2 });\nConsole.Write(\"b\");");

        Assert.Collection(result.Outputs,
            o => Assert.Equal(new StreamOutput("stdout", "a\n"), o),
            o => Assert.Equal(new StreamOutput("stderr", "warn\n"), o),
            o => Assert.Contains("<table", Assert.IsType<DisplayOutput>(o).Bundle.Data[MimeBundle.Html]),
            o => Assert.Equal(new StreamOutput("stdout", "b"), o));
        Assert.Equal("a\nb", result.StandardOutput);
        Assert.Equal("warn\n", result.StandardError);
    }

    [Fact]
    public async Task Display_extension_method_works_like_the_display_function()
    {
        var session = new NotebookSession();
        var result = await session.ExecuteAsync("\"shown\".Display();");
        Assert.Equal("shown", Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs)).Bundle.Text);
    }

    [Fact]
    public async Task A_statement_ending_in_a_semicolon_has_no_result()
    {
        var session = new NotebookSession();
        var result = await session.ExecuteAsync("var x = 1 + 1;");
        Assert.Empty(result.Outputs);
    }

    [Fact]
    public async Task Compile_error_names_cell_line_column_and_message()
    {
        var session = new NotebookSession();
        var result = await session.ExecuteAsync("var a = 1;\nvar b = a + missing;");

        Assert.Equal(CellStatus.Failed, result.Status);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("CompilationError", error.Name);
        Assert.StartsWith("(2,13): error CS0103:", error.Value);
        Assert.Contains("missing", error.Value);
    }

    [Fact]
    public async Task Compile_error_positions_are_those_of_the_written_code_when_loops_are_instrumented()
    {
        var session = new NotebookSession();
        var result = await session.ExecuteAsync("for (var i = 0; i < 2; i++) Console.WriteLine(i);\nvar z = nothing;");
        Assert.StartsWith("(2,9): error CS0103:", result.Error!.Value);
    }

    [Fact]
    public async Task Runtime_exception_shows_type_message_and_cell_frames()
    {
        var session = new NotebookSession();
        await session.ExecuteAsync("int Divide(int a, int b) => a / b;");
        var result = await session.ExecuteAsync("var before = 1;\nthrow new InvalidOperationException(\"boom\");");

        Assert.Equal(CellStatus.Failed, result.Status);
        var error = result.Error!;
        Assert.Equal("System.InvalidOperationException", error.Name);
        Assert.Equal("boom", error.Value);
        Assert.Equal(["System.InvalidOperationException: boom", "   at <cell> in cell[2]:line 2"], error.Traceback);

        var divide = (await session.ExecuteAsync("var zero = 0;\nDivide(1, zero)")).Error!;
        Assert.Equal("System.DivideByZeroException", divide.Name);
        Assert.Equal(["   at Divide(Int32 a, Int32 b) in cell[1]:line 1", "   at <cell> in cell[3]:line 2"], divide.Traceback.Skip(1));
        Assert.DoesNotContain(error.Traceback, line => line.Contains("Microsoft.CodeAnalysis.Scripting"));
    }

    [Fact]
    public async Task A_failing_formatter_fails_the_cell_with_the_reason()
    {
        var session = new NotebookSession();
        var result = await session.ExecuteAsync("class Broken { public string ToHtml() => throw new FormatException(\"no html\"); }\nnew Broken()");

        Assert.Equal(CellStatus.Failed, result.Status);
        Assert.Contains("formatting the cell's Broken result failed", result.Error!.Value);
        Assert.Contains("no html", result.Error.Value);
    }

    [Fact]
    public async Task State_assigned_before_an_exception_is_kept()
    {
        var session = new NotebookSession();
        await session.ExecuteAsync("var kept = 41;\nthrow new Exception(\"x\");");
        var result = await session.ExecuteAsync("kept + 1");
        Assert.Equal("42", Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Bundle.Text);
    }

    [Fact]
    public async Task Timeout_stops_a_long_loop_at_its_next_iteration()
    {
        var session = new NotebookSession(new SessionOptions { CellTimeout = TimeSpan.FromMilliseconds(300) });
        var result = await session.ExecuteAsync("long n = 0;\nwhile (true) n++;");

        Assert.Equal(CellStatus.TimedOut, result.Status);
        Assert.Equal("TimeoutError", result.Error!.Name);
        Assert.DoesNotContain("abandoned", result.Error.Value);
        Assert.True((await session.ExecuteAsync("1")).Succeeded);
    }

    [Fact]
    public async Task Cancellation_interrupts_the_running_cell()
    {
        var session = new NotebookSession();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var result = await session.ExecuteAsync("for (var i = 0; ; i++) { System.Threading.Thread.SpinWait(100); }", cancellation: cancel.Token);

        Assert.Equal(CellStatus.Cancelled, result.Status);
        Assert.Equal("KeyboardInterrupt", result.Error!.Name);
        Assert.DoesNotContain("abandoned", result.Error.Value);
    }

    [Fact]
    public async Task A_cell_blocked_outside_loops_is_abandoned_after_the_grace_period()
    {
        var session = new NotebookSession(new SessionOptions { CellTimeout = TimeSpan.FromMilliseconds(100), InterruptGracePeriod = TimeSpan.FromMilliseconds(200) });
        Assert.True((await session.ExecuteAsync("var before = 5;")).Succeeded);
        var result = await session.ExecuteAsync("var before = 6;\nSystem.Threading.Thread.Sleep(3000);");

        Assert.Equal(CellStatus.TimedOut, result.Status);
        Assert.Contains("abandoned", result.Error!.Value);
        Assert.Equal("5", Assert.IsType<ResultOutput>(Assert.Single((await session.ExecuteAsync("before")).Outputs)).Bundle.Text);
    }

    [Fact]
    public async Task Nuget_directive_resolves_a_package_the_runtime_references()
    {
        var session = new NotebookSession();
        var result = await session.ExecuteAsync("#r \"nuget: Microsoft.CodeAnalysis.CSharp.Scripting, 5.12.0\"\n#!csharp\ntypeof(Microsoft.CodeAnalysis.Scripting.ScriptOptions).Name");
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("ScriptOptions", ((ResultOutput)result.Outputs.Last()).Bundle.Text);
    }

    [Fact]
    public async Task Nuget_directive_loads_a_package_from_the_local_cache()
    {
        var cache = Path.Combine(Path.GetTempPath(), "dlr-nuget-" + Guid.NewGuid().ToString("N"));
        var library = Path.Combine(cache, "fake.package", "1.2.3", "lib", "netstandard2.0");
        Directory.CreateDirectory(library);
        File.Copy(typeof(Xunit.Assert).Assembly.Location, Path.Combine(library, "xunit.assert.copy.dll"));
        try
        {
            var session = new NotebookSession(new SessionOptions { PackagesRoot = cache });
            var result = await session.ExecuteAsync("#r \"nuget: Fake.Package, 1.2.3\"");
            Assert.True(result.Succeeded, result.Error?.Value);
            Assert.Contains(session.ScriptOptions.MetadataReferences, r => r.Display!.EndsWith("xunit.assert.copy.dll"));
        }
        finally { Directory.Delete(cache, true); }
    }

    [Fact]
    public async Task Nuget_directive_follows_package_dependencies_in_the_cache()
    {
        var cache = Directory.CreateTempSubdirectory("dlr-nuget-").FullName;
        void Package(string id, string version, string? dependency)
        {
            var folder = Path.Combine(cache, id.ToLowerInvariant(), version);
            Directory.CreateDirectory(Path.Combine(folder, "lib", "netstandard2.0"));
            File.Copy(typeof(Xunit.Assert).Assembly.Location, Path.Combine(folder, "lib", "netstandard2.0", id + ".dll"));
            var dependencies = dependency is null ? "" :
                $"<dependencies><group targetFramework=\".NETStandard2.0\"><dependency id=\"{dependency}\" version=\"[2.0.0, )\" /></group></dependencies>";
            File.WriteAllText(Path.Combine(folder, id.ToLowerInvariant() + ".nuspec"),
                $"<?xml version=\"1.0\"?><package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\"><metadata><id>{id}</id><version>{version}</version>{dependencies}</metadata></package>");
        }
        Package("Top.Package", "1.0.0", "Needed.Package");
        Package("Orphan.Package", "1.0.0", "Absent.Package");
        Package("Needed.Package", "1.5.0", null);
        Package("Needed.Package", "2.1.0", null);
        try
        {
            var session = new NotebookSession(new SessionOptions { PackagesRoot = cache });
            Assert.True((await session.ExecuteAsync("#r \"nuget: Top.Package, 1.0.0\"")).Succeeded);
            Assert.Contains(session.ScriptOptions.MetadataReferences, r => r.Display!.EndsWith(Path.Combine("2.1.0", "lib", "netstandard2.0", "Needed.Package.dll")));

            var orphan = await session.ExecuteAsync("#r \"nuget: Orphan.Package\"");
            Assert.Contains("'Absent.Package' version 2.0.0 (a dependency of Orphan.Package 1.0.0)", orphan.Error!.Value);
        }
        finally { Directory.Delete(cache, true); }
    }

    [Fact]
    public async Task Unresolvable_nuget_package_fails_with_its_name()
    {
        var session = new NotebookSession(new SessionOptions { PackagesRoot = Path.GetTempPath() });
        var result = await session.ExecuteAsync("#r \"nuget: No.Such.Package, 9.9.9\"\n1");

        Assert.Equal(CellStatus.Failed, result.Status);
        Assert.Equal("PackageResolutionError", result.Error!.Name);
        Assert.Contains("'No.Such.Package' version 9.9.9", result.Error.Value);
        Assert.Contains("(line 1)", result.Error.Value);
    }

    [Fact]
    public async Task Reference_directive_loads_an_assembly_file()
    {
        var session = new NotebookSession();
        var path = typeof(NotebookSessionTests).Assembly.Location;
        var result = await session.ExecuteAsync($"#r \"{path}\"\ntypeof(DlRadiomics.Notebooks.Tests.Execution.NotebookSessionTests).Name");
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal(nameof(NotebookSessionTests), ((ResultOutput)result.Outputs.Last()).Bundle.Text);
    }

    [Fact]
    public async Task About_directive_describes_the_runtime_and_other_magics_fail()
    {
        var session = new NotebookSession();
        var about = await session.ExecuteAsync("#!about");
        Assert.Contains("Roslyn", Assert.IsType<DisplayOutput>(Assert.Single(about.Outputs)).Bundle.Text);

        var fsharp = await session.ExecuteAsync("#!fsharp\nlet x = 1");
        Assert.Equal("UnsupportedDirective", fsharp.Error!.Name);
    }

    [Fact]
    public async Task Library_assemblies_of_the_host_are_available()
    {
        var session = new NotebookSession();
        var result = await session.ExecuteAsync("using DlRadiomics.Imaging;\nnew Size3(2, 3, 4).ToString()");
        Assert.True(result.Succeeded, result.Error?.Value);
    }

    [Fact]
    public async Task Html_dependencies_are_emitted_once_per_session()
    {
        var session = new NotebookSession();
        var result = await session.ExecuteAsync("""
            MimeBundle Chart(string id) => MimeBundle.FromText(id).With("text/html", "<div>" + id + "</div>").WithHtmlDependency("lib", "<script>lib</script>");
            display(Chart("a"));
            display(Chart("b"));
            """);

        var html = result.Outputs.OfType<DisplayOutput>().Select(d => d.Bundle.Data[MimeBundle.Html]).ToList();
        Assert.Equal(["<script>lib</script><div>a</div>", "<div>b</div>"], html);
    }
}
