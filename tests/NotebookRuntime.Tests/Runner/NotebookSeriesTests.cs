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

    [Fact]
    public void Feature_extraction_shows_the_manifest_gallery_agreement_and_every_feature_set_with_timings()
    {
        const string name = "03-roi-feature-extraction";
        var html = run.Html(name);
        var manifest = Assert.Single(html, h => h.Contains("<th>Roi</th>") && h.Contains("<th>Rows</th>"));
        Assert.Contains($"<td>{ReducedSeriesRun.Patients}</td>", manifest);
        var agreement = Assert.Single(html, h => h.Contains("<th>KeptInBoth</th>"));
        Assert.Contains("<td>Rad_SAG</td>", agreement);
        Assert.Contains("<td>107</td>", agreement);
        var extraction = Assert.Single(html, h => h.Contains("<th>MsPerCase</th>"));
        Assert.Contains("<td>Rad_AXI</td>", extraction);
        var deep = Assert.Single(html, h => h.Contains("<th>Network</th>"));
        Assert.Contains("<td>DL_SAG</td>", deep);
        Assert.Contains("<td>0</td>", deep);
        Assert.Equal(2, run.Figures(name).Count);
    }

    [Fact]
    public void Feature_selection_draws_figures_3_and_4_and_scores_every_set_in_both_cohorts_beside_the_paper()
    {
        const string name = "04-feature-selection";
        var html = run.Html(name);
        var signatures = Assert.Single(html, h => h.Contains("<th>MannWhitney</th>"));
        foreach (var set in new[] { "Rad_SAG", "Rad_AXI", "DL_SAG", "DL_AXI" }) Assert.Contains($"<td>{set}</td>", signatures);
        var titles = run.Figures(name).Select(f => f["layout"]?["title"]?["text"]?.ToString() ?? "").ToList();
        Assert.Equal(4, titles.Count(t => t.Contains("coefficient paths")));
        Assert.Contains(titles, t => t.Contains("DLR: LASSO coefficients"));
        var performance = Assert.Single(html, h => h.Contains("<th>Sensitivity</th>"));
        Assert.Equal(4, CountOf(performance, "<td>DLR</td>"));
        var scores = File.ReadAllLines(Directory.GetFiles(Path.Combine(Environment.GetEnvironmentVariable("DLR_ARTIFACTS")!, "intermediate"), "rad-scores.csv", SearchOption.AllDirectories).Single());
        Assert.Equal("PatientID,Cohort,Surgery,Rad_SAG,Rad_AXI,DL_SAG,DL_AXI,DLR", scores[0]);
        Assert.Equal(ReducedSeriesRun.Patients + 1, scores.Length);
    }

    [Fact]
    public void Recurrence_notebook_validates_both_radscores_against_pfirrmann_and_groups_patients_by_cut_offs()
    {
        const string name = "07-recurrence-radscore";
        var html = run.Html(name);
        var validation = Assert.Single(html, h => h.Contains("<th>LeaveOneOut</th>"));
        Assert.Contains("<td>disc</td>", validation);
        Assert.Contains("<td>muscle</td>", validation);
        var selected = Assert.Single(html, h => h.Contains("<th>MutualInformation</th>"));
        Assert.Equal(5 + 7, CountOf(selected, "<tr>") - 1);
        Assert.Contains(html, h => h.Contains("<td>Pfirrmann grade</td>") && h.Contains("0.506 (0.412–0.600)"));
        var groups = Assert.Single(html, h => h.Contains("<th>Recurrences</th>"));
        Assert.Equal(4, CountOf(groups, "<tr>") - 1);
        Assert.Single(run.Figures(name));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    private static readonly string[] FeatureSets = ["Clinic", "Rad_SAG", "Rad_AXI", "DL_SAG", "DL_AXI", "DLR"];

    private static readonly string[] NineLearners = ["lr", "svm", "knn", "dt", "rf", "et", "xgb", "mlp", "lgbm"];

    [Fact]
    public void Model_comparison_shows_six_sets_nine_learners_the_vote_and_table_4_beside_the_paper()
    {
        const string name = "05-model-comparison";
        Assert.DoesNotContain(run.Outputs(name), o => (string?)o["output_type"] == "error");
        var html = run.Html(name);
        var sets = Assert.Single(html, h => h.Contains("<th>StepsInsideEachFold</th>"));
        foreach (var set in FeatureSets) Assert.Contains($"<td>{set}</td>", sets);
        Assert.Contains("fusion → lasso → standardize", sets);

        var supplementary = html.Where(h => h.Contains("<th>Sensitivity</th>") && !h.Contains("Fan et al. 2024")).ToList();
        Assert.Equal(FeatureSets.Length, supplementary.Count);
        foreach (var table in supplementary)
            foreach (var learner in NineLearners) Assert.Equal(2, CountOf(table, $"<td>{learner}</td>"));

        var vote = Assert.Single(html, h => h.Contains("<th>Paper_votes</th>"));
        Assert.Equal(NineLearners.Length, CountOf(vote, "<tr>") - 1);
        var top3 = Assert.Single(html, h => h.Contains("<th>Ours</th>") && h.Contains("<th>Paper</th>"));
        Assert.Contains("svm 0.939", top3);
        var chosen = Regex.Match(run.Text(name), @"chosen learner: (\w+) \(paper: svm\)");
        Assert.True(chosen.Success, run.Text(name));
        Assert.Contains(chosen.Groups[1].Value, NineLearners);

        var table4 = Assert.Single(html, h => h.Contains("<th>Sensitivity</th>") && h.Contains("Fan et al. 2024"));
        foreach (var set in FeatureSets) Assert.Equal(4, CountOf(table4, $"<td>{set}</td>"));
        Assert.Equal(2 * FeatureSets.Length, CountOf(table4, $"<td>ours ({chosen.Groups[1].Value})</td>"));
        Assert.Equal(2 * FeatureSets.Length, CountOf(table4, "<td>Fan et al. 2024</td>"));
    }

    [Fact]
    public void Model_comparison_draws_the_vote_heatmaps_figures_6_and_7_and_the_protocol_optimism_and_leaves_the_predictions()
    {
        const string name = "05-model-comparison";
        var titles = run.Figures(name).Select(f => f["layout"]?["title"]?["text"]?.ToString() ?? "").ToList();
        Assert.Contains(titles, t => t.StartsWith("Top-3 votes"));
        Assert.Equal(2, titles.Count(t => t.Contains("learners × feature sets")));
        Assert.Contains(titles, t => t.StartsWith("Figure 6A"));
        Assert.Contains(titles, t => t.StartsWith("Figure 6B"));
        Assert.Contains(titles, t => t.StartsWith("Figure 7"));
        Assert.Contains(titles, t => t.Contains("inside the folds (safe)") && t.Contains("before them (paper)"));
        var optimism = Assert.Single(run.Html(name), h => h.Contains("<th>MeanCvAuc_paper</th>"));
        Assert.Equal(FeatureSets.Length, CountOf(optimism, "<tr>") - 1);

        var predictions = File.ReadAllLines(Directory.GetFiles(Path.Combine(Environment.GetEnvironmentVariable("DLR_ARTIFACTS")!, "intermediate"), "model-predictions.csv", SearchOption.AllDirectories).Single());
        Assert.Equal("PatientID,Cohort,Surgery,Fold,Clinic,Rad_SAG,Rad_AXI,DL_SAG,DL_AXI,DLR", predictions[0]);
        Assert.InRange(predictions.Length - 1, ReducedSeriesRun.Patients * 9 / 10, ReducedSeriesRun.Patients);
        Assert.Contains(predictions, l => l.Contains(",test,") && l.Split(',')[3] == "");
    }

    [Fact]
    public void Nomogram_notebook_draws_figures_8_to_11_tests_calibration_in_both_cohorts_and_scores_a_new_patient()
    {
        const string name = "06-nomogram-calibration-dca";
        Assert.DoesNotContain(run.Outputs(name), o => (string?)o["output_type"] == "error");
        var figures = run.Figures(name);
        string Title(JsonNode f) => f["layout"]?["title"]?["text"]?.ToString() ?? "";
        var models = new[] { "Clinic", "Rad_SAG", "Rad_AXI", "DL_SAG", "DL_AXI", "DLR", "Nomogram" };
        foreach (var cohort in new[] { "training", "test" })
        {
            var delong = Assert.Single(figures, f => Title(f) == $"Figure 8: DeLong p-values, {cohort} cohort");
            Assert.Equal(models, ((JsonArray)delong["data"]![0]!["x"]!).Select(x => (string)x!));
            var calibration = Assert.Single(figures, f => Title(f) == $"Figure 9: calibration, {cohort} cohort");
            Assert.Contains((JsonArray)calibration["data"]!, t => ((string?)t!["name"])?.StartsWith("Nomogram (Brier") == true);
            var dca = Assert.Single(figures, f => Title(f) == $"Figure 10: decision curves, {cohort} cohort");
            Assert.Equal(["Treat all", "Treat none", .. models], ((JsonArray)dca["data"]!).Select(t => (string)t!["name"]!));
        }
        var nomogram = Assert.Single(figures, f => Title(f) == "Figure 11: the DLR nomogram");
        var rows = ((JsonArray)nomogram["data"]!).Select(t => (string)t!["name"]!).ToList();
        Assert.Equal("Points", rows[0]);
        Assert.Contains("DLR", rows);
        Assert.Equal(["Total points", "Risk of surgery"], rows[^2..]);

        var html = run.Html(name);
        var hosmerLemeshow = Assert.Single(html, h => h.Contains("<th>HosmerLemeshow_chi2</th>"));
        Assert.Equal(2 * models.Length, CountOf(hosmerLemeshow, "<tr>") - 1);
        Assert.Equal(models.Length, CountOf(hosmerLemeshow, "<td>training</td>"));
        Assert.Equal(models.Length, CountOf(hosmerLemeshow, "<td>test</td>"));
        var coefficients = Assert.Single(html, h => h.Contains("<th>OddsRatio</th>"));
        Assert.Contains("<td>DLR</td>", coefficients);
        var performance = Assert.Single(html, h => h.Contains("<th>Sensitivity</th>"));
        Assert.Equal(4, CountOf(performance, "<td>Nomogram</td>"));

        var probability = Regex.Match(run.Text(name), @"total points (\d+\.\d) → predicted probability of surgery (0\.\d{3}|1\.000)");
        Assert.True(probability.Success, run.Text(name));
        Assert.InRange(double.Parse(probability.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 0.001, 0.999);
        Assert.Contains(html, h => h.Contains("<th>Points</th>") && h.Contains("<td>DLR</td>"));
    }
}
