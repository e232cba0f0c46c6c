using System.Text.Json;
using DlRadiomics.Learning;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Tests.Statistics.Selection;

/// <summary>
/// The recurrence study's Radscore, whole, against its steps done by the reference tools
/// (Golden/Statistics/C/make_golden_mi_radscore.py): scikit-learn's <c>StandardScaler</c> and
/// <c>mutual_info_classif</c> on the training rows, the ranking with near-copies (|r| &gt; 0.99) passed over, and
/// statsmodels' <c>Logit</c> on the kept columns; its linear predictor scores the training and held-out rows. Cases:
/// WDBC split 70/30 (all 30 features, top 4, so worst_radius is passed over as a near-copy of worst_perimeter), and a
/// sample of the recurrence study's size (170 rows, 39 events, top 5 of 12 weaker features).
/// </summary>
public class MutualInformationRadscoreGoldenTests
{
    [Theory]
    [InlineData("wdbc_split_top4_seed0")]
    [InlineData("recurrence_size_top5_seed7")]
    public void Selection_coefficients_and_scores_match_scikit_learn_and_statsmodels(string key)
    {
        var golden = WdbcGolden.Json("mi_radscore.json").GetProperty("cases").GetProperty(key);
        var (train, test, y, features) = Case(golden);
        int top = golden.GetProperty("top").GetInt32(), seed = golden.GetProperty("seed").GetInt32();

        var score = MutualInformationRadscore.Fit("golden", Rows(train, features), train.Select(i => y[i]).ToArray(), features, top, seed);

        Assert.Equal(Strings(golden.GetProperty("selected")), score.Selected.Select(s => s.Name).ToArray());
        var mi = golden.GetProperty("mutual_information").Vector();
        WdbcGolden.Close(score.Selected.Select(s => mi[s.Index]).ToArray(), score.Selected.Select(s => s.Value).ToArray(), 1e-9, "mutual information");
        Assert.Equal(LogisticPenalty.None, score.Model.Options.Penalty);
        var estimates = new[] { golden.GetProperty("intercept").GetDouble() }.Concat(golden.GetProperty("coefficients").Vector()).ToArray();
        WdbcGolden.Close(estimates, score.Model.Coefficients.Select(c => c.Estimate).ToArray(), 1e-8, "coefficients");
        WdbcGolden.Close(golden.GetProperty("standard_errors").Vector(), score.Model.Coefficients.Select(c => c.StandardError).ToArray(), 1e-7, "standard errors");
        WdbcGolden.Close(golden.GetProperty("log_likelihood").GetDouble(), score.Model.LogLikelihood, 1e-10, "log-likelihood");
        WdbcGolden.Close(golden.GetProperty("train_scores").Vector(), score.Score(Rows(train, features)), 1e-8, "training Radscores");
        WdbcGolden.Close(golden.GetProperty("test_scores").Vector(), score.Score(Rows(test, features)), 1e-8, "held-out Radscores");
    }

    [Theory]
    [InlineData("wdbc_split_top4_seed0")]
    [InlineData("recurrence_size_top5_seed7")]
    public void The_learner_the_validation_schemes_refit_scores_held_out_rows_as_the_reference_does(string key)
    {
        var golden = WdbcGolden.Json("mi_radscore.json").GetProperty("cases").GetProperty(key);
        var (train, test, y, features) = Case(golden);

        var fitted = (MutualInformationRadscoreModel)new MutualInformationRadscoreLearner(golden.GetProperty("top").GetInt32(), golden.GetProperty("seed").GetInt32())
            .Fit(Rows(train, features), train.Select(i => y[i]).ToArray());

        var expected = golden.GetProperty("test_scores").Vector();
        WdbcGolden.Close(expected, fitted.Score(Rows(test, features)), 1e-8, "held-out Radscores");
        WdbcGolden.Close(expected.Select(s => 1 / (1 + Math.Exp(-s))).ToArray(), fitted.PredictProbability(Rows(test, features)), 1e-8, "held-out probabilities");
    }

    [Fact]
    public void A_near_copy_of_a_kept_feature_is_passed_over()
    {
        var golden = WdbcGolden.Json("mi_radscore.json").GetProperty("cases").GetProperty("wdbc_split_top4_seed0");
        var (train, _, y, features) = Case(golden);

        var score = MutualInformationRadscore.Fit("golden", Rows(train, features), train.Select(i => y[i]).ToArray(), features, 4, 0);

        Assert.Equal(["worst_radius"], Strings(golden.GetProperty("passed_over")));
        Assert.DoesNotContain(score.Selected, s => s.Name == "worst_radius");
        var ranked = MutualInformation.SelectTop(Rows(train, features), train.Select(i => y[i]).ToArray(), 5, features);
        Assert.Contains(ranked, s => s.Name == "worst_radius");
    }

    private static (int[] Train, int[] Test, int[] Y, string[] Features) Case(JsonElement golden) =>
        (golden.GetProperty("train").Ints(), golden.GetProperty("test").Ints(), golden.GetProperty("y").Ints(), Strings(golden.GetProperty("features")));

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(v => v.GetString()!).ToArray();

    /// <summary>The WDBC rows <paramref name="rows"/> with the columns <paramref name="features"/>, in that order.</summary>
    private static double[][] Rows(int[] rows, string[] features)
    {
        var columns = features.Select(f => Array.IndexOf(WdbcGolden.Raw.Names, f)).ToArray();
        return rows.Select(i => columns.Select(c => WdbcGolden.Raw.X[i][c]).ToArray()).ToArray();
    }
}
