using DlRadiomics.Statistics.Agreement;
using DlRadiomics.Statistics;
using DlRadiomics.Tests.Statistics.RocAnalysis;

namespace DlRadiomics.Tests.Statistics.Agreement;

public class IccInputTests
{
    [Fact]
    public void Missing_rating_is_an_error_naming_subject_and_rater_or_the_subject_is_dropped()
    {
        string[] subjects = ["a", "a", "b", "b", "c", "d", "d"];
        string[] raters = ["r1", "r2", "r1", "r2", "r1", "r1", "r2"];
        double[] values = [1, 1.2, 2, 2.1, 3, 4, 4.4];
        var e = Assert.Throws<StatisticsInputException>(() => IntraclassCorrelation.Compute(subjects, raters, values));
        Assert.Contains("'c'", e.Message);
        Assert.Contains("'r2'", e.Message);
        var result = IntraclassCorrelation.Compute(subjects, raters, values, new IccOptions(Missing: IccMissingRatings.DropSubject));
        Assert.Equal(["c"], result.DroppedSubjects);
        Assert.Equal(3, result.Subjects);
    }

    [Fact]
    public void Dropping_incomplete_subjects_equals_computing_without_them()
    {
        var full = IccGoldenTests.Load("shrout_fleiss");
        var table = GoldenValues.Table("icc_shrout_fleiss.csv");
        var subjects = table.Text("subject").Append("extra").ToArray();
        var raters = table.Text("rater").Append("J1").ToArray();
        var values = table.Numbers("value").Append(5.0).ToArray();
        var dropped = IntraclassCorrelation.Compute(subjects, raters, values, new IccOptions(Missing: IccMissingRatings.DropSubject));
        Assert.Equal(full[IccForm.Icc2].Value, dropped[IccForm.Icc2].Value, 14);
    }

    [Fact]
    public void Duplicate_rating_is_rejected()
    {
        var e = Assert.Throws<StatisticsInputException>(() =>
            IntraclassCorrelation.Compute(["a", "a", "a", "b", "b"], ["r1", "r2", "r1", "r1", "r2"], [1, 2, 3, 4, 5]));
        Assert.Contains("more than one rating", e.Message);
    }

    [Fact]
    public void Feature_filter_keeps_features_above_threshold_and_reports_undefined_ones()
    {
        // Reader 2 repeats reader 1 closely for "stable", at random for "noisy"; "flat" is constant.
        string[] subjects = Enumerable.Range(0, 8).SelectMany(i => new[] { $"p{i}", $"p{i}" }).ToArray();
        string[] readings = Enumerable.Range(0, 8).SelectMany(_ => new[] { "first", "second" }).ToArray();
        double[] stable = [1, 1.1, 2, 2.05, 3, 2.9, 4, 4.2, 5, 5.1, 6, 5.8, 7, 7.1, 8, 8.05];
        double[] noisy = [1, 5, 2, 1, 3, 8, 4, 2, 5, 3, 6, 1, 7, 2, 8, 4];
        double[] flat = Enumerable.Repeat(3.0, 16).ToArray();
        var result = IccFeatureFilter.Apply(subjects, readings, ["stable", "noisy", "flat"], [stable, noisy, flat]);
        Assert.Equal(["stable"], result.Kept);
        Assert.True(result.Features[0].Estimate!.Value > 0.75);
        Assert.True(result.Features[1].Estimate!.Value < 0.75);
        Assert.Null(result.Features[2].Estimate);
        Assert.Contains("undefined", result.Features[2].Problem);
    }
}
