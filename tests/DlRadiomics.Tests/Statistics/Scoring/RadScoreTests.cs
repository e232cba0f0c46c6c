using DlRadiomics.Statistics.Scoring;
using DlRadiomics.Statistics.Selection;
using Microsoft.Data.Analysis;
using DlRadiomics.Tests.Statistics.Selection;

namespace DlRadiomics.Tests.Statistics.Scoring;

public class RadScoreTests
{
    private static readonly RadScore Score = new(new[] { "glcm_Contrast", "shape_Sphericity" }, new[] { 0.5, -2.0 }, 1.0);

    [Fact]
    public void ScoresRowsByNameInAnyColumnOrder()
    {
        var rows = new[] { new[] { 3.0, 4.0, 0.25 }, new[] { 0.0, 9.0, 1.0 } };
        var s = Score.Score(rows, new[] { "other", "glcm_Contrast", "shape_Sphericity" });
        Assert.Equal(new[] { 1 + 0.5 * 4 - 2 * 0.25, 1 + 0.5 * 9 - 2 * 1.0 }, s);
        Assert.Equal(s, Score.Score(new[] { new[] { 4.0, 0.25 }, new[] { 9.0, 1.0 } }));
    }

    [Fact]
    public void ScoresADataFrame()
    {
        var table = new DataFrame(new DoubleDataFrameColumn("shape_Sphericity", new[] { 0.25, 1.0 }),
                                  new DoubleDataFrameColumn("glcm_Contrast", new[] { 4.0, 9.0 }));
        Assert.Equal(new[] { 2.5, 3.5 }, Score.Score(table));
    }

    [Fact]
    public void MissingColumnIsNamed()
    {
        var table = new DataFrame(new DoubleDataFrameColumn("glcm_Contrast", new[] { 4.0 }));
        var e = Assert.Throws<ModelInputException>(() => Score.Score(table));
        Assert.Contains("'shape_Sphericity'", e.Message);
    }

    [Fact]
    public void MissingValueIsNamed()
    {
        var e = Assert.Throws<ModelInputException>(() => Score.Score(new[] { new[] { double.NaN, 1.0 } }));
        Assert.Contains("row 0, feature 'glcm_Contrast' is missing", e.Message);
    }

    [Fact]
    public void LassoRadScoreKeepsOnlySelectedFeaturesAndEqualsThePrediction()
    {
        var t = WdbcGolden.Standardized;
        var model = LassoCv.Fit(t.X, t.Y.Select(v => (double)v).ToArray(), new LassoCvOptions(Folds: 5), t.Names);
        var rad = model.ToRadScore();
        Assert.Equal(model.Selected.Select(f => f.Name), rad.FeatureNames);
        Assert.True(rad.FeatureNames.Length < t.Names.Length);
        var viaNames = rad.Score(t.X, t.Names);
        var predicted = model.Predict(t.X);
        for (int i = 0; i < predicted.Length; i++) Assert.Equal(predicted[i], viaNames[i], 12);
    }
}
