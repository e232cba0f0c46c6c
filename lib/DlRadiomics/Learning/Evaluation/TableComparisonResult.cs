using System.Text.Json.Nodes;

namespace DlRadiomics.Learning.Evaluation;

/// <summary>The outcome of <see cref="TableComparison.Run"/>: the comparison and how the tables were read.</summary>
/// <param name="Comparison">The model comparison.</param>
/// <param name="EventValue">The outcome value counted as the event.</param>
/// <param name="Features">The feature columns used, in order.</param>
/// <param name="TrainRows">0-based data row of each training row compared (the rows of <c>oofPredictions</c>).</param>
/// <param name="TestRows">0-based data row of each test row compared, empty without a test table.</param>
/// <param name="TrainLinesDropped">File lines of training rows left out for a missing value.</param>
/// <param name="TestLinesDropped">File lines of test rows left out for a missing value.</param>
public sealed record TableComparisonResult(
    ModelComparisonResult Comparison,
    string EventValue,
    IReadOnlyList<string> Features,
    int[] TrainRows,
    int[] TestRows,
    IReadOnlyList<int> TrainLinesDropped,
    IReadOnlyList<int> TestLinesDropped)
{
    /// <summary>The comparison's JSON (<see cref="ModelComparisonResult.ToJson"/>) with <c>event</c>, <c>features</c>, <c>trainRows</c>, <c>testRows</c> and the dropped lines.</summary>
    public string ToJson()
    {
        var root = JsonNode.Parse(Comparison.ToJson())!.AsObject();
        root["event"] = EventValue;
        root["features"] = new JsonArray(Features.Select(f => (JsonNode)f).ToArray());
        root["trainRows"] = new JsonArray(TrainRows.Select(r => (JsonNode)r).ToArray());
        root["testRows"] = new JsonArray(TestRows.Select(r => (JsonNode)r).ToArray());
        root["trainLinesDropped"] = new JsonArray(TrainLinesDropped.Select(r => (JsonNode)r).ToArray());
        root["testLinesDropped"] = new JsonArray(TestLinesDropped.Select(r => (JsonNode)r).ToArray());
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
