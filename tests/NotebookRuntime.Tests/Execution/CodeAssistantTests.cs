using DlRadiomics.Notebooks.Execution;
using DlRadiomics.Notebooks.Tests.Support;

namespace DlRadiomics.Notebooks.Tests.Execution;

/// <summary>Sessions compile one at a time, as in the runner and the kernel.</summary>
[Collection(SequentialCollection.Name)]
public class CodeAssistantTests
{
    [Theory]
    [InlineData("var x = 1;", "complete")]
    [InlineData("Console.WriteLine(1)", "complete")]
    [InlineData("if (true) {", "incomplete")]
    [InlineData("var s = \"\"\"\nopen", "incomplete")]
    [InlineData("var = ;", "invalid")]
    [InlineData("#r \"nuget: Plotly.NET, 6.0.0\"\nvar y = 2;", "complete")]
    public void Is_complete_follows_the_syntax_tree(string code, string expected) =>
        Assert.Equal(expected, CodeAssistant.IsComplete(code));

    [Fact]
    public async Task Completes_members_of_variables_from_earlier_cells()
    {
        var session = new NotebookSession();
        await session.ExecuteAsync("var numbers = new List<int> { 1, 2 };");

        var completions = CodeAssistant.Complete(session, "numbers.Ad", 10);

        Assert.Contains("Add", completions.Matches);
        Assert.Contains("AddRange", completions.Matches);
        Assert.DoesNotContain("Clear", completions.Matches);
        Assert.Equal((8, 10), (completions.Start, completions.End));
    }

    [Fact]
    public async Task Completes_script_variables_and_static_members()
    {
        var session = new NotebookSession();
        await session.ExecuteAsync("var threshold = 0.5;");

        Assert.Contains("threshold", CodeAssistant.Complete(session, "thr", 3).Matches);
        Assert.Contains("Sqrt", CodeAssistant.Complete(session, "Math.Sq", 7).Matches);
    }

    [Fact]
    public async Task Inspect_shows_the_type_of_a_variable_and_the_signature_of_a_method()
    {
        var session = new NotebookSession();
        await session.ExecuteAsync("var names = new List<string>();");

        Assert.Contains("List<string> names", CodeAssistant.Inspect(session, "names", 2));
        Assert.Contains("Math.Max(", CodeAssistant.Inspect(session, "Math.Max(1, 2)", 6));
        Assert.Null(CodeAssistant.Inspect(session, "  ", 1));
    }
}
