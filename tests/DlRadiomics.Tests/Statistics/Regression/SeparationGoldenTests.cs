using System.Text.Json;
using DlRadiomics.Statistics.Regression;
using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;

namespace DlRadiomics.Tests.Statistics.Regression;

/// <summary>
/// Separation against scipy's linear programming (HiGHS) on the same data, and the fit's warnings against R's glm and
/// statsmodels' Logit (Golden/Statistics/A/make_golden_separation.py): R warns "fitted probabilities numerically 0 or 1
/// occurred" for separated and merely well separated data alike; only the former has no finite estimate.
/// </summary>
public sealed class SeparationGoldenTests
{
    private static readonly Lazy<JsonElement> Root = new(() => HypothesisTests.StatisticsGolden.Load("separation_golden.json"));

    public static IEnumerable<object[]> Names() => Cases(Root.Value, "cases");

    private static (double[][] X, int[] Y, string[] Names, JsonElement Case) Load(string name)
    {
        var c = Case(Root.Value, "cases", name);
        return (c.GetProperty("x").EnumerateArray().Select(r => r.Doubles()).ToArray(),
            c.GetProperty("y").EnumerateArray().Select(v => v.GetInt32()).ToArray(),
            c.GetProperty("names").EnumerateArray().Select(v => v.GetString()!).ToArray(), c);
    }

    private static SeparationKind Expected(JsonElement c) =>
        c.GetProperty("complete").GetBoolean() ? SeparationKind.Complete
        : c.Number("lp_maximum") > 1e-9 ? SeparationKind.QuasiComplete : SeparationKind.None;

    [Theory]
    [MemberData(nameof(Names))]
    public void KindAndSeparatedRowsMatchLinearProgramming(string name)
    {
        var (x, y, _, c) = Load(name);
        var result = SeparationCheck.Diagnose(x, y);
        Assert.Equal(Expected(c), result.Kind);
        Assert.Equal(c.GetProperty("separable_rows").EnumerateArray().Count(v => v.GetBoolean()), result.SeparatedRows);
        Assert.Equal(result.IsSeparated, result.Direction.Any(d => d != 0));
    }

    [Theory]
    [InlineData("complete_two_predictors", "completely separated: a linear combination of the predictors puts all 8 rows")]
    [InlineData("quasi_tied_boundary", "quasi-completely separated: a linear combination of the predictors puts 6 of 8 rows strictly")]
    [InlineData("mtcars_vs_mpg_cyl_factor", "quasi-completely separated: a linear combination of the predictors puts 14 of 32 rows strictly")]
    public void SeparatedDataThrowWhereRSaysOnlyProbabilitiesAreExtreme(string name, string expected)
    {
        var (x, y, names, c) = Load(name);
        var e = Assert.Throws<LogisticFitException>(() => LogisticRegression.Fit(x, y, names));
        Assert.Equal(LogisticFitProblem.Separation, e.Problem);
        Assert.Contains(expected, e.Message);
        Assert.Contains("Firth", e.Message);
        // glm reports convergence and, at most, the warning on extreme probabilities; statsmodels stops or does not converge.
        Assert.True(c.GetProperty("r_glm").GetProperty("converged").GetBoolean());
        Assert.All(c.GetProperty("r_glm").GetProperty("warnings").EnumerateArray(), w => Assert.Contains("fitted probabilities numerically 0 or 1 occurred", w.GetString()));
        var sm = c.GetProperty("statsmodels");
        Assert.True(sm.GetProperty("error").ValueKind == JsonValueKind.String || !sm.GetProperty("converged").GetBoolean());
    }

    [Fact]
    public void MtcarsFactorLevelSeparationNamesTheDivergingLevel()
    {
        var (x, y, names, _) = Load("mtcars_vs_mpg_cyl_factor");
        var warned = LogisticRegression.Fit(x, y, names, new LogisticRegressionOptions(OnProblem: FitProblemHandling.Warn));
        var warning = Assert.Single(warned.Warnings);
        Assert.Equal(LogisticFitProblem.Separation, warning.Problem);
        Assert.Contains("cyl[8] (β = ", warning.Message);
        Assert.Contains("→ −∞", warning.Message);
        Assert.Equal(-1, SeparationCheck.Diagnose(x, y).Direction[Array.IndexOf(names, "cyl[8]") + 1]);
    }

    [Fact]
    public void OverlappingDataWithExtremeProbabilitiesFitFiniteEstimatesAndWarnAsR()
    {
        var (x, y, names, c) = Load("overlap_extreme_probabilities");
        var model = LogisticRegression.Fit(x, y, names);
        Assert.True(model.Converged);
        var warning = Assert.Single(model.Warnings);
        Assert.Equal(LogisticFitProblem.ExtremeProbabilities, warning.Problem);
        Assert.Contains("fitted probabilities numerically 0 or 1 occurred", warning.Message);
        Assert.Equal("glm.fit: fitted probabilities numerically 0 or 1 occurred", Assert.Single(c.GetProperty("r_glm").GetProperty("warnings").EnumerateArray()).GetString());
        var r = c.GetProperty("r_glm").Doubles("coefficients");
        var sm = c.GetProperty("statsmodels").Doubles("coefficients");
        for (int j = 0; j < r.Length; j++)
        {
            Close(r[j], model.Coefficients[j].Estimate, 1e-8, what: $"{model.Coefficients[j].Term} vs R glm");
            Close(sm[j], model.Coefficients[j].Estimate, 1e-8, what: $"{model.Coefficients[j].Term} vs statsmodels");
        }
    }
}
