using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DlRadiomics.Notebooks.Tests.Support;

namespace DlRadiomics.Notebooks.Tests.Runner;

/// <summary>
/// The numbered notebooks, run as the README's first command runs them (on a reduced cohort), produce what each
/// promises: the tables with their rows, the figures, the report with its table of contents — and no cell fails.
/// </summary>
[Collection(SequentialCollection.Name)]
public class NotebookSeriesTests(ReducedSeriesRun run) : IClassFixture<ReducedSeriesRun>
{
    private static IReadOnlyList<string> Numbered() =>
        Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "notebooks"), "*.ipynb")
            .Select(Path.GetFileNameWithoutExtension).Where(n => Regex.IsMatch(n!, @"^\d+-")).Order(StringComparer.Ordinal).ToList()!;

    [Fact]
    public void Every_numbered_notebook_runs_without_an_error_output_and_the_report_links_its_tables_and_figures()
    {
        Assert.True(run.ExitCode == 0, run.Log);
        var report = File.ReadAllText(Path.Combine(run.Output, "index.html"));
        foreach (var name in Numbered())
        {
            Assert.DoesNotContain(run.Outputs(name), o => (string?)o["output_type"] == "error");
            Assert.Contains($"href=\"notebooks/{name}.html\"", report);
            Assert.True(File.Exists(Path.Combine(run.Output, "notebooks", name + ".html")), name);
        }
        Assert.Matches(@"\d+ of \d+ notebooks ran; \d+ tables, \d+ figures; [\d.]+ s", run.Log);
        var csvs = Directory.GetFiles(Path.Combine(run.Output, "tables"), "*.csv");
        Assert.NotEmpty(csvs);
        foreach (var csv in csvs) Assert.Contains($"href=\"tables/{Path.GetFileName(csv)}\"", report);
        foreach (var figure in Directory.GetFiles(Path.Combine(run.Output, "figures"), "*-cell*.html"))
            Assert.Contains($"href=\"figures/{Path.GetFileName(figure)}\"", report);
        Assert.Equal("", ExternalTool.ValidateNotebooks(Directory.GetFiles(Path.Combine(run.Output, "notebooks"), "*.ipynb")));
    }

    [Fact]
    public void Cohort_baseline_shows_table_2_with_every_variable_for_both_cohorts_beside_the_paper()
    {
        var table = Assert.Single(run.Html("01-cohort-baseline"), h => h.Contains("<table") && h.Contains("Tests:"));
        foreach (var variable in new[] { "Sex", "Age", "BMI", "VAS", "ODI", "SLRT", "MSU", "Modic", "Pfirrmann", "LSA", "ESMCSA" })
            Assert.Contains(variable, table);
        Assert.Contains("training", table);
        Assert.Contains("test", table);
        Assert.Equal(3, run.Figures("01-cohort-baseline").Count);
        Assert.Matches(@"\d+ of \d+ published cells reproduced within tolerance", run.Text("01-cohort-baseline"));
        Assert.Contains($"{ReducedSeriesRun.Patients} patients", run.Text("01-cohort-baseline"));
    }

    [Fact]
    public void Start_here_shows_the_data_and_the_columns_a_users_cohort_needs()
    {
        var html = run.Html("00-start-here");
        Assert.Contains(html, h => h.Contains("<table") && h.Contains("PatientID") && h.Contains("ODI"));
        Assert.Contains(html, h => h.Contains("<table") && h.Contains("Description") && h.Contains("Surgery"));
        Assert.Contains($"{ReducedSeriesRun.Patients} patients", run.Text("00-start-here"));
    }

    [Fact]
    public void Clinical_regression_diagnoses_separation_shows_table_3_beside_the_paper_and_keeps_five_factors()
    {
        const string name = "02-clinical-logistic-regression";
        var html = run.Html(name);
        Assert.Contains(html, h => h.Contains("<th>Separates</th>") && h.Contains("MSU"));
        Assert.Contains(html, h => h.Contains("separated") && h.Contains("Firth"));
        var table3 = Assert.Single(html, h => h.Contains("univariate OR (95% CI)"));
        foreach (var column in new[] { "ODI", "VAS", "MMFISevere", "PfirrmannSevere", "ModicChange", "LSA" }) Assert.Contains($"<td>{column}</td>", table3);
        var beside = Assert.Single(html, h => h.Contains("Paper_univariate"));
        Assert.Equal(39, CountOf(beside, "<tr>") - 1);
        var performance = Assert.Single(html, h => h.Contains("<th>Sensitivity</th>"));
        Assert.Contains("Fan et al. 2024", performance);
        Assert.Equal(4, CountOf(performance, "<td>Clinic</td>"));
        Assert.True(run.Figures(name).Count >= 4);
        var features = File.ReadAllLines(Directory.GetFiles(Path.Combine(Environment.GetEnvironmentVariable("DLR_ARTIFACTS")!, "intermediate"), "clinical-features.txt", SearchOption.AllDirectories).Single());
        Assert.Equal(5, features.Length);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
