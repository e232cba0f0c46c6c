using DlRadiomics.Statistics.Selection;


namespace DlRadiomics.Tests.Statistics.Selection;

/// <summary>Bad input to the selection methods gives a clear message, never NaN.</summary>
public class SelectionInputTests
{
    private static readonly WdbcGolden.Table T = WdbcGolden.Standardized;

    [Fact]
    public void NaNNamesRowAndColumn()
    {
        var x = T.X.Select(r => (double[])r.Clone()).ToArray();
        x[7][3] = double.NaN;
        var e = Assert.Throws<ModelInputException>(() => LassoCv.Fit(x, T.Y.Select(v => (double)v).ToArray()));
        Assert.Contains("row 7, column 3", e.Message);
        Assert.Throws<ModelInputException>(() => LogisticLasso.Path(x, T.Y));
    }

    [Fact]
    public void ConstantColumnGetsAZeroCoefficient()
    {
        var x = T.X.Select(r => r.Append(2.5).ToArray()).ToArray();
        var lin = LassoCv.Fit(x, T.Y.Select(v => (double)v).ToArray(), new LassoCvOptions(Folds: 5));
        Assert.Equal(0, lin.Coefficients[^1]);
        Assert.All(lin.Coefficients, c => Assert.True(double.IsFinite(c)));
        var path = LogisticLasso.Path(x.Select(r => r[..5].Append(r[^1]).ToArray()).ToArray(), T.Y, new LogisticLassoOptions(Lambdas: 20));
        Assert.All(path.Coefficients, c => Assert.Equal(0, c[^1]));
    }

    [Fact]
    public void SingleClassOutcomeIsRefused()
    {
        var ones = Enumerable.Repeat(1, T.X.Length).ToArray();
        Assert.Contains("single class", Assert.Throws<ModelInputException>(() => LogisticLasso.Path(T.X, ones)).Message);
        Assert.Contains("constant", Assert.Throws<ModelInputException>(() => LassoCv.Fit(T.X, ones.Select(v => 1.0).ToArray())).Message);
    }

    [Fact]
    public void RaggedRowsAndLengthMismatchAreRefused()
    {
        Assert.Throws<ModelInputException>(() => LassoCv.Fit(new[] { new[] { 1.0, 2 }, new[] { 1.0 } }, new[] { 0.0, 1 }));
        Assert.Throws<ModelInputException>(() => LassoCv.Fit(T.X, new[] { 0.0, 1 }));
    }

    [Fact]
    public void MannWhitneyScreenKeepsFeaturesBelowAlpha()
    {
        // Any two-sample test plugs in; this one calls a feature significant when the class means differ by more than 1 SD.
        var kept = MannWhitneyScreen.Select(T.X, T.Y, T.Names, (a, b) => Math.Abs(a.Average() - b.Average()) > 1 ? 0.001 : 0.5);
        Assert.NotEmpty(kept);
        Assert.All(kept, f => Assert.True(Math.Abs(T.X.Where((_, i) => T.Y[i] == 0).Average(r => r[f.Index]) - T.X.Where((_, i) => T.Y[i] == 1).Average(r => r[f.Index])) > 1));
        Assert.Equal(kept.OrderBy(f => f.Index).Select(f => f.Index), kept.Select(f => f.Index));
    }

    [Fact]
    public void LambdaChoiceSelectsFeaturesWithOriginalScaleCoefficients()
    {
        var raw = WdbcGolden.Raw;
        var folds = LogisticLasso.RandomFoldIds(raw.X.Length, 5, 1);
        Assert.Equal(Enumerable.Range(1, 5).Select(f => raw.X.Length / 5 + (f <= raw.X.Length % 5 ? 1 : 0)), folds.GroupBy(f => f).OrderBy(g => g.Key).Select(g => g.Count()));
        var cv = LogisticLasso.CrossValidate(raw.X, raw.Y, folds, new LogisticLassoOptions(Lambdas: 30), raw.Names);
        Assert.True(cv.Lambda1Se >= cv.LambdaMin);
        Assert.True(cv.Selected(LambdaChoice.OneStandardError).Count <= cv.Selected(LambdaChoice.Minimum).Count);
        var rad = cv.ToRadScore();
        var eta = rad.Score(raw.X, raw.Names);
        Assert.Equal(cv.Path.LinearPredictor(raw.X, cv.IndexMin), eta);
    }
}
