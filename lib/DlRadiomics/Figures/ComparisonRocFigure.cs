using DlRadiomics.Learning.Evaluation;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// ROC curves of every learner on one feature set (the studies' Figure 7 and Supplementary Figure 3), each with its
/// AUC and DeLong interval in the legend (<see cref="RocFigure"/>).
/// </summary>
public static class ComparisonRocFigure
{
    /// <param name="result">The comparison.</param>
    /// <param name="featureSet">The feature set drawn.</param>
    /// <param name="cohort">"test" or "train" (out-of-fold predictions).</param>
    /// <param name="protocol">Which protocol's predictions.</param>
    /// <param name="title">Figure title; null gives "featureSet — cohort".</param>
    /// <param name="style">Look of the figure; <see cref="FigureStyle.Default"/> when null.</param>
    /// <exception cref="FigureInputException">No such feature set or protocol, or "test" without a test cohort.</exception>
    public static GenericChart Create(ModelComparisonResult result, string featureSet, string cohort = "test",
        ComparisonProtocol protocol = ComparisonProtocol.Safe, string? title = null, FigureStyle? style = null)
    {
        if (cohort is not ("test" or "train")) throw new FigureInputException($"comparison ROC: cohort '{cohort}'; give \"test\" or \"train\"");
        if (cohort == "test" && !result.HasTest) throw new FigureInputException("comparison ROC: the comparison has no test cohort; draw the \"train\" (out-of-fold) curves");
        var mine = result.Evaluations.Where(e => e.Protocol == protocol && e.FeatureSet == featureSet).ToArray();
        if (mine.Length == 0)
            throw new FigureInputException($"comparison ROC: no feature set '{featureSet}' under the {ModelComparisonResult.Protocol(protocol)} protocol; sets: {string.Join(", ", result.Evaluations.Select(e => e.FeatureSet).Distinct())}");
        return RocFigure.Create(mine.Select(e => (e.Learner, cohort == "test" ? e.Test!.Curve : e.Training.Curve)),
            title ?? $"{featureSet} — {(cohort == "test" ? "test cohort" : "training cohort, out-of-fold")}", style: style);
    }
}
