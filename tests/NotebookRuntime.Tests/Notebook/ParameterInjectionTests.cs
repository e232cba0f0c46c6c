using DlRadiomics.Notebooks.Notebook;

namespace DlRadiomics.Notebooks.Tests.Notebook;

public class ParameterInjectionTests
{
    [Theory]
    [InlineData("3", "3")]
    [InlineData("-12", "-12")]
    [InlineData("12345678901", "12345678901L")]
    [InlineData("0.25", "0.25")]
    [InlineData("1e-3", "0.001")]
    [InlineData("true", "true")]
    [InlineData("data/cohort.csv", "\"data/cohort.csv\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    public void Values_become_csharp_literals_by_their_text(string value, string literal) =>
        Assert.Equal(literal, ParameterInjection.Literal(value));

    [Fact]
    public void Injected_cell_goes_after_the_parameters_cell_and_replaces_an_earlier_one()
    {
        var notebook = NotebookDocument.Parse("""
            {"cells": [
              {"cell_type": "markdown", "metadata": {}, "source": "# t"},
              {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "outputs": [], "execution_count": null, "source": "var Seed = 1;"},
              {"cell_type": "code", "metadata": {"tags": ["injected-parameters"]}, "outputs": [], "execution_count": null, "source": "var Seed = 5;"},
              {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null, "source": "Seed"}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}
            """);

        ParameterInjection.Inject(notebook, [new("Seed", "7")]);

        var sources = notebook.Cells.Select(c => NotebookDocument.Source(c!.AsObject())).ToList();
        Assert.Equal(["# t", "var Seed = 1;", "// Parameters\nvar Seed = 7;", "Seed"], sources);
    }

    [Fact]
    public void Without_a_parameters_cell_the_injected_cell_comes_first()
    {
        var notebook = NotebookDocument.Parse("""{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null, "source": "1"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""");
        ParameterInjection.Inject(notebook, [new("Name", "x")]);
        Assert.Equal("// Parameters\nvar Name = \"x\";", NotebookDocument.Source(notebook.Cells[0]!.AsObject()));
    }

    [Fact]
    public void A_parameter_name_that_is_not_an_identifier_is_rejected()
    {
        var notebook = NotebookDocument.Parse("""{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""");
        Assert.Throws<NotebookFormatException>(() => ParameterInjection.Inject(notebook, [new("class", "1")]));
        Assert.Throws<NotebookFormatException>(() => ParameterInjection.Inject(notebook, [new("a-b", "1")]));
    }
}
