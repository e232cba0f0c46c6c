using System.Text.RegularExpressions;
using DlRadiomics.Notebooks.Display;
using DlRadiomics.Notebooks.Execution;
using DlRadiomics.Notebooks.Runner;
using DlRadiomics.Notebooks.Tests.Support;

namespace DlRadiomics.Notebooks.Tests.Runner;

/// <summary>
/// Runs the "API tour" code block of lib/DlRadiomics/Statistics/README.md, as written, in a notebook session with
/// the runner's default imports, so the documented tour cannot drift from the library.
/// </summary>
public sealed class ApiTourTests
{
    static ApiTourTests() => LibraryFormatters.Install();

    private static string TourCode()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "lib", "DlRadiomics", "Statistics", "README.md"));
        var match = Regex.Match(readme, @"## API tour\n.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, "the Statistics README has no csharp block under '## API tour'");
        return match.Groups["code"].Value;
    }

    [Fact]
    public async Task The_statistics_readme_tour_runs_in_a_notebook_cell_without_using_lines()
    {
        var code = TourCode();
        Assert.DoesNotContain("using ", code);
        var session = new NotebookSession(new SessionOptions { Imports = LibraryImports.Namespaces });
        var tour = await session.ExecuteAsync(code);
        Assert.True(tour.Succeeded, tour.Error?.ToString());
        Assert.Single(tour.Outputs.OfType<DisplayOutput>());

        var check = await session.ExecuteAsync("""
            new[]
            {
                screen.Univariate.Count == 8 && screen.Entered.Count > 0,
                discrimination.Curve.Auc > 0.5 && discrimination.DeLong.Lower < discrimination.Curve.Auc && discrimination.Curve.Auc < discrimination.DeLong.Upper,
                discrimination.RowsDropped == clinical.Rows.Count - model.Observations,
                calibration.Bins.Count == 10 && hosmerLemeshow.DegreesOfFreedom == 8 && hosmerLemeshow.RowsDropped == discrimination.RowsDropped,
                decision.Points.Count == 99 && decision.Count == model.Observations,
            }.All(ok => ok)
            """);
        Assert.True(check.Succeeded, check.Error?.ToString());
        var result = Assert.Single(check.Outputs.OfType<ResultOutput>());
        Assert.Equal("True", result.Bundle.Text);
    }
}
