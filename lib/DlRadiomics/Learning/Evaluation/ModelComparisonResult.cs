using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json;
using DlRadiomics.Statistics.Tables;
using DlRadiomics.Tables;

namespace DlRadiomics.Learning.Evaluation;

/// <summary>The outcome of <see cref="ModelComparison.Run"/>.</summary>
/// <param name="Evaluations">One per protocol, feature set and learner, in that nesting order.</param>
/// <param name="Votes">Per protocol, every learner's votes, most votes first (the chosen learner first).</param>
/// <param name="Chosen">The chosen learner per protocol.</param>
/// <param name="Comparisons">Per protocol and cohort, the DeLong tests between the chosen learner's feature-set models (none with one set).</param>
/// <param name="FoldIds">The test fold (0-based) of every training row.</param>
/// <param name="Top">Learners per feature set that received a vote.</param>
/// <param name="HasTest">Whether a test cohort was scored.</param>
public sealed record ModelComparisonResult(
    IReadOnlyList<LearnerEvaluation> Evaluations,
    IReadOnlyList<LearnerVote> Votes,
    IReadOnlyDictionary<ComparisonProtocol, string> Chosen,
    IReadOnlyList<FeatureSetComparison> Comparisons,
    int[] FoldIds,
    int Top,
    bool HasTest)
{
    /// <summary>Columns of <see cref="ToCsv"/>: the Table 4 columns of the studies, with protocol, learner and CV AUCs in front.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
        ["protocol", "feature_set", "learner", "task", "accuracy", "auc", "ci_lower", "ci_upper", "sensitivity", "specificity", "ppv", "npv", "threshold", "cv_auc", "fold_aucs"];

    /// <summary>The evaluation of one learner on one set under one protocol.</summary>
    /// <exception cref="KeyNotFoundException">No such combination.</exception>
    public LearnerEvaluation Get(ComparisonProtocol protocol, string featureSet, string learner) =>
        Evaluations.FirstOrDefault(e => e.Protocol == protocol && e.FeatureSet == featureSet && e.Learner == learner)
        ?? throw new KeyNotFoundException($"no evaluation of learner '{learner}' on feature set '{featureSet}' under protocol {protocol}");

    /// <summary>One line per evaluation and cohort (train = out-of-fold, test) with full-precision numbers (<see cref="CsvColumns"/>).</summary>
    public string ToCsv() => CsvText.Table(CsvColumns, Evaluations.SelectMany(e => Cohorts(e).Select(c => (IReadOnlyList<string>)
    [
        Protocol(e.Protocol), e.FeatureSet, e.Learner, c.Cohort, R(c.Metrics.Accuracy), R(c.Auc), R(c.Interval.Lower), R(c.Interval.Upper),
        R(c.Metrics.Sensitivity), R(c.Metrics.Specificity), R(c.Metrics.PositivePredictiveValue), R(c.Metrics.NegativePredictiveValue),
        R(c.Threshold), R(e.CvAuc), string.Join(';', e.FoldAucs.Select(R)),
    ])));

    /// <summary>HTML for notebooks: the Table 4 layout (three decimals) and the vote.</summary>
    public string ToHtml() =>
        TableText.Html(TableHeader, TableRows()) +
        TableText.Html(["protocol", "learner", $"votes (top {Top})", "feature sets", "mean AUC"], VoteRows());

    /// <summary>Aligned text of the Table 4 layout and the vote, as <c>dlr learn compare</c> prints it.</summary>
    public string ToText() =>
        TableText.Render(TableHeader, TableRows()) + "\n" +
        TableText.Render(["protocol", "learner", $"votes (top {Top})", "feature sets", "mean AUC"], VoteRows()) +
        string.Concat(Chosen.Select(c => $"chosen ({Protocol(c.Key)}): {c.Value}\n"));

    public override string ToString() => ToText();

    /// <summary>
    /// JSON: <c>learners</c>, one element per evaluation with <c>name</c>, <c>protocol</c>, <c>featureSet</c>,
    /// <c>foldAucs</c>, <c>cvAuc</c>, <c>train</c> (out-of-fold Table 4 metrics), with a test cohort <c>testAuc</c>,
    /// <c>testAucCi</c> and the test metrics at the training threshold (<c>accuracy</c>, <c>sensitivity</c>,
    /// <c>specificity</c>, <c>ppv</c>, <c>npv</c>, <c>threshold</c>), and the predictions per row
    /// (<c>oofPredictions</c>, <c>testPredictions</c>) in input order; then <c>foldIds</c>, <c>votes</c>,
    /// <c>chosen</c> and <c>delong</c>. Undefined values (PPV with nobody called positive) are null.
    /// </summary>
    public string ToJson()
    {
        var learners = new JsonArray();
        foreach (var e in Evaluations)
        {
            var o = new JsonObject
            {
                ["name"] = e.Learner, ["protocol"] = Protocol(e.Protocol), ["featureSet"] = e.FeatureSet,
                ["hyperParameters"] = new JsonObject(e.HyperParameters.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
                ["foldAucs"] = Numbers(e.FoldAucs), ["cvAuc"] = Number(e.CvAuc),
                ["train"] = Metrics(e.Training),
                ["nullModels"] = e.NullModels,
            };
            if (e.Test is { } t)
            {
                o["testAuc"] = Number(t.Auc);
                o["testAucCi"] = Numbers([t.Interval.Lower, t.Interval.Upper]);
                foreach (var (key, value) in Metrics(t).ToArray()) if (key is not ("auc" or "aucCi")) o[key] = value?.DeepClone();
            }
            o["oofPredictions"] = Numbers(e.OutOfFoldScores);
            if (e.TestScores is { } ts) o["testPredictions"] = Numbers(ts);
            learners.Add((JsonNode)o);
        }
        var root = new JsonObject
        {
            ["learners"] = learners,
            ["foldIds"] = new JsonArray(FoldIds.Select(f => (JsonNode)f).ToArray()),
            ["top"] = Top,
            ["votes"] = new JsonArray(Votes.Select(v => (JsonNode)new JsonObject
            {
                ["protocol"] = Protocol(v.Protocol), ["name"] = v.Learner, ["votes"] = v.Votes,
                ["featureSets"] = new JsonArray(v.FeatureSets.Select(s => (JsonNode)s).ToArray()), ["meanAuc"] = Number(v.MeanAuc),
            }).ToArray()),
            ["chosen"] = new JsonObject(Chosen.Select(c => KeyValuePair.Create(Protocol(c.Key), (JsonNode?)c.Value))),
            ["delong"] = new JsonArray(Comparisons.SelectMany(c => c.Tests.Select(t => (JsonNode)new JsonObject
            {
                ["protocol"] = Protocol(c.Protocol), ["learner"] = c.Learner, ["cohort"] = c.Cohort, ["first"] = t.First, ["second"] = t.Second,
                ["auc1"] = Number(t.Test.Auc1), ["auc2"] = Number(t.Test.Auc2), ["difference"] = Number(t.Test.Difference),
                ["z"] = Number(t.Test.Z), ["p"] = Number(t.Test.PValue),
            })).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>"safe" or "paper", as on the command line and in JSON.</summary>
    public static string Protocol(ComparisonProtocol p) => p == ComparisonProtocol.Safe ? "safe" : "paper";

    private static readonly string[] TableHeader =
        ["protocol", "feature set", "learner", "task", "accuracy", "AUC", "95% CI", "sensitivity", "specificity", "PPV", "NPV", "threshold", "CV AUC"];

    private static IEnumerable<CohortPerformance> Cohorts(LearnerEvaluation e) => e.Test is { } t ? [e.Training, t] : [e.Training];

    private IEnumerable<IReadOnlyList<string>> TableRows() => Evaluations.SelectMany(e => Cohorts(e).Select(c => (IReadOnlyList<string>)
    [
        Protocol(e.Protocol), e.FeatureSet, e.Learner, c.Cohort, F(c.Metrics.Accuracy), F(c.Auc), $"{F(c.Interval.Lower)}–{F(c.Interval.Upper)}",
        F(c.Metrics.Sensitivity), F(c.Metrics.Specificity), F(c.Metrics.PositivePredictiveValue), F(c.Metrics.NegativePredictiveValue),
        F(c.Threshold), c.Cohort == "train" ? F(e.CvAuc) : "",
    ]));

    private IEnumerable<IReadOnlyList<string>> VoteRows() => Votes.Select(v => (IReadOnlyList<string>)
        [Protocol(v.Protocol), v.Learner, v.Votes.ToString(CultureInfo.InvariantCulture), string.Join(", ", v.FeatureSets), F(v.MeanAuc)]);

    private static JsonObject Metrics(CohortPerformance c) => new()
    {
        ["auc"] = Number(c.Auc), ["aucCi"] = Numbers([c.Interval.Lower, c.Interval.Upper]),
        ["accuracy"] = Number(c.Metrics.Accuracy), ["sensitivity"] = Number(c.Metrics.Sensitivity), ["specificity"] = Number(c.Metrics.Specificity),
        ["ppv"] = Number(c.Metrics.PositivePredictiveValue), ["npv"] = Number(c.Metrics.NegativePredictiveValue), ["threshold"] = Number(c.Threshold),
    };

    private static JsonNode? Number(double v) => double.IsFinite(v) ? JsonValue.Create(v) : null;

    private static JsonArray Numbers(IEnumerable<double> values) => new(values.Select(Number).ToArray());

    private static string F(double v) => double.IsNaN(v) ? "NA" : double.IsInfinity(v) ? (v > 0 ? "Inf" : "-Inf") : TableText.Number(v, 3);

    private static string R(double v) => double.IsNaN(v) ? "NA" : v.ToString("R", CultureInfo.InvariantCulture);
}
