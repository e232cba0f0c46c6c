using DlRadiomics.Figures;
using DlRadiomics.Statistics.Correlations;
using DlRadiomics.Statistics.DecisionAnalysis;
using DlRadiomics.Statistics.Nomograms;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace DlRadiomics.Tests.Figures;

/// <summary>One figure of each family drawn from the golden data sets, for rendering.</summary>
internal static class FigureSamples
{
    public static IReadOnlyDictionary<string, Func<GenericChart>> All { get; } = new Dictionary<string, Func<GenericChart>>
    {
        ["roc"] = () =>
        {
            var asah = FigureJson.Asah();
            var poor = asah.Outcome("poor");
            return RocFigure.Create(new[] { "s100b", "ndka", "wfns" }.Select(n => (n, Roc.Curve(asah.Column(n), poor))), "aSAH: poor outcome");
        },
        ["auc"] = () =>
        {
            var asah = FigureJson.Asah();
            var options = new DiscriminationOptions(BootstrapReplicates: 0);
            var poor = asah.Outcome("poor");
            var male = asah.Column("male");
            IReadOnlyList<DiscriminationSummary> Cohort(int sex)
            {
                var rows = Enumerable.Range(0, poor.Length).Where(i => male[i] == sex).ToArray();
                return new[] { "s100b", "ndka", "wfns" }.Select(n => Discrimination.Summarize(n, rows.Select(i => asah.Column(n)[i]).ToArray(), rows.Select(i => poor[i]).ToArray(), options)).ToArray();
            }
            return AucComparisonFigure.Create([("Women", Cohort(0)), ("Men", Cohort(1))], "AUC by cohort");
        },
        ["calibration"] = () =>
        {
            var asah = FigureJson.Asah();
            var p = LogisticRegression.Fit(asah, "poor", ["s100b", "wfns", "age"]).PredictProbability(asah);
            var q = LogisticRegression.Fit(asah, "poor", ["s100b"]).PredictProbability(asah);
            return CalibrationFigure.Create([CalibrationSeries.Compute("Clinical", p, asah.Outcome("poor"), bins: 5), CalibrationSeries.Compute("S100B", q, asah.Outcome("poor"), bins: 5)], "Calibration");
        },
        ["decision"] = () =>
        {
            var asah = FigureJson.Asah();
            var poor = asah.Outcome("poor");
            var p = LogisticRegression.Fit(asah, "poor", ["s100b", "wfns", "age"]).PredictProbability(asah);
            return DecisionCurveFigure.Create([DecisionCurve.Compute("Clinical", p, poor)], "Decision curve");
        },
        ["nomogram"] = () =>
        {
            var data = Infert();
            var model = LogisticRegression.Fit(data, "case", ["age", "parity", "education", "spontaneous", "induced"]);
            return NomogramFigure.Create(Nomogram.Build(model, data), "Nomogram", "Risk of case");
        },
        ["forest"] = () => ForestPlot.Create(LogisticScreening.Run(Infert(), "case", ["age", "parity", "education", "spontaneous", "induced"]).Table, RegressionModelKind.Univariate, "Univariate odds ratios"),
        ["weights"] = () => FeatureWeightFigure.Create(LogisticRegression.Fit(Wdbc(), "target", ["mean_radius", "mean_texture", "mean_smoothness", "mean_concave_points"]), "Coefficients"),
        ["correlation"] = () =>
        {
            var wdbc = Wdbc();
            string[] names = ["mean_radius", "mean_texture", "mean_smoothness", "mean_concave_points", "mean_area", "worst_concavity"];
            return CorrelationHeatmap.Create(Correlation.Matrix(names, names.Select(n => (IReadOnlyList<double>)wdbc.Column(n)).ToArray(), CorrelationMethod.Spearman), "Spearman correlation");
        },
        ["delong"] = () =>
        {
            var asah = FigureJson.Asah();
            var options = new DiscriminationOptions(BootstrapReplicates: 0);
            var summaries = new[] { "s100b", "ndka", "wfns", "age" }.Select(n => Discrimination.Summarize(n, asah.Column(n), asah.Outcome("poor"), options)).ToArray();
            return DeLongHeatmap.Create(Discrimination.CompareAll(summaries), "DeLong tests");
        },
        ["lasso-path"] = () => LassoFigure.CoefficientPath(LassoFigureTests.Fit(), "LASSO coefficient path"),
        ["lasso-cv"] = () => LassoFigure.CrossValidation(LassoFigureTests.Fit(), "LASSO cross-validation"),
        ["distribution"] = () => DistributionFigure.Create(FigureJson.Asah(), "s100b", "poor", split: "male", axisTitle: "S100B (µg/L)", title: "S100B by outcome and sex"),
    };

    public static DataFrame Infert() => DataTableLoader.Load(RepoPaths.Golden("Statistics/A/infert.csv"));
    public static DataFrame Wdbc() => DataTableLoader.Load(RepoPaths.Golden("Statistics/A/wdbc.csv"));
}
