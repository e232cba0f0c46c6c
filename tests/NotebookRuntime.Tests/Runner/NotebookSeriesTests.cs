using System.Text.RegularExpressions;
using DlRadiomics.Notebooks.Runner;
using DlRadiomics.Notebooks.Tests.Support;

namespace DlRadiomics.Notebooks.Tests.Runner;

/// <summary>The repository's numbered notebooks run end to end through <c>reproduce</c>, as the README's first command does.</summary>
[Collection(SequentialCollection.Name)]
public class NotebookSeriesTests
{
    static NotebookSeriesTests() => LibraryFormatters.Install();

    [Fact]
    public async Task Reproduce_runs_every_numbered_notebook_of_the_repository_without_error()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "notebooks");
        var numbered = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.ipynb").Where(p => Regex.IsMatch(Path.GetFileName(p), @"^\d+-")).ToList()
            : [];
        Assert.NotEmpty(numbered);
        var output = TestPaths.NewTemporaryFolder();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(TestPaths.RepositoryRoot);
        int exit;
        try
        {
            try { exit = await RunnerCommands.RunAsync(["reproduce", "--out", output.FullName], stdout, stderr); }
            finally { Directory.SetCurrentDirectory(previous); }

            Assert.True(exit == 0, $"{stdout}\n{stderr}");
            Assert.True(File.Exists(Path.Combine(output.FullName, "index.html")));
            foreach (var notebook in numbered)
                Assert.True(File.Exists(Path.Combine(output.FullName, "notebooks", Path.GetFileNameWithoutExtension(notebook) + ".html")), notebook);
            Assert.Equal("", ExternalTool.ValidateNotebooks(Directory.GetFiles(Path.Combine(output.FullName, "notebooks"), "*.ipynb")));
        }
        finally { output.Delete(recursive: true); }
    }
}
