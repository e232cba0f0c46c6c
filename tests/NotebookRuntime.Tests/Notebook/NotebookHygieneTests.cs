using System.Text.Json.Nodes;
using DlRadiomics.Notebooks.Kernel;
using DlRadiomics.Notebooks.Notebook;
using DlRadiomics.Notebooks.Tests.Support;

namespace DlRadiomics.Notebooks.Tests.Notebook;

/// <summary>Committed notebooks are clean (no outputs, no execution counts) and select our kernel.</summary>
public class NotebookHygieneTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "notebooks");

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.ipynb").Order(StringComparer.Ordinal).ToArray() : [])
            data.Add(Path.GetFileName(path));
        foreach (var path in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "tests", "NotebookRuntime.Tests", "Notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Folder, path));
        return data;
    }

    [Fact]
    public void The_notebooks_folder_exists() => Assert.True(Directory.Exists(Folder), $"{Folder} is missing");

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_has_no_outputs_and_selects_the_kernel(string relativePath)
    {
        var notebook = NotebookDocument.Load(Path.GetFullPath(Path.Combine(Folder, relativePath)));

        const string fix = "(fix: dotnet run --project environment/NotebookRunner -- clean NOTEBOOK)";
        foreach (var cell in notebook.CodeCells)
        {
            Assert.True(cell["execution_count"] is null, $"{relativePath}: cell {NotebookDocument.Id(cell)} has an execution count {fix}");
            Assert.True(cell["outputs"] is JsonArray { Count: 0 }, $"{relativePath}: cell {NotebookDocument.Id(cell)} has outputs {fix}");
        }
        var kernelspec = notebook.Root["metadata"]?["kernelspec"];
        Assert.Equal(KernelSpec.Name, (string?)kernelspec?["name"]);
        Assert.Equal(KernelSpec.DisplayName, (string?)kernelspec?["display_name"]);
        Assert.Equal(KernelSpec.Language, (string?)kernelspec?["language"]);
    }
}
