using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DlRadiomics.Learning;

/// <summary>
/// Writes and reads the JSON envelope of a fitted model: <c>{"learner": name, "hyperParameters": {…}, "state": {…}}</c>.
/// Numbers are written with the shortest text that reads back to the same double, so a loaded model predicts
/// bit-identically.
/// </summary>
internal static class ModelJson
{
    /// <summary>The model's envelope with <paramref name="writeState"/> writing the members of the state object.</summary>
    public static string Write(IFittedModel model, Action<Utf8JsonWriter> writeState)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("learner", model.Name);
            writer.WriteStartObject("hyperParameters");
            foreach (var (key, value) in model.HyperParameters) writer.WriteString(key, value);
            writer.WriteEndObject();
            writer.WriteStartObject("state");
            writeState(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void WriteArray(Utf8JsonWriter writer, string name, IEnumerable<double> values)
    {
        writer.WriteStartArray(name);
        foreach (double v in values) writer.WriteNumberValue(v);
        writer.WriteEndArray();
    }

    public static void WriteMatrix(Utf8JsonWriter writer, string name, IEnumerable<double[]> rows)
    {
        writer.WriteStartArray(name);
        foreach (var row in rows)
        {
            writer.WriteStartArray();
            foreach (double v in row) writer.WriteNumberValue(v);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }

    /// <summary>The <c>state</c> member of a model object.</summary>
    public static JsonElement State(JsonElement root) => Member(root, "state");

    /// <summary>A member of <paramref name="element"/>, or a <see cref="LearnerInputException"/> naming what is missing.</summary>
    public static JsonElement Member(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : throw new LearnerInputException($"model JSON: the member '{name}' is missing");

    public static double Number(JsonElement element, string name) => Member(element, name).GetDouble();

    public static double[] Array(JsonElement element, string name) =>
        Member(element, name).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static double[][] Matrix(JsonElement element, string name) =>
        Member(element, name).EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();

    /// <summary>A hyper-parameter as written by <see cref="Format(double)"/> and friends.</summary>
    public static string HyperParameter(JsonElement root, string name) =>
        Member(Member(root, "hyperParameters"), name).GetString() ?? throw new LearnerInputException($"model JSON: hyper-parameter '{name}' is null");

    public static double HyperParameterNumber(JsonElement root, string name) =>
        double.Parse(HyperParameter(root, name), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static int HyperParameterInt(JsonElement root, string name) =>
        int.Parse(HyperParameter(root, name), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static bool HyperParameterBool(JsonElement root, string name) => HyperParameter(root, name) == "true";

    /// <summary>Round-trip invariant text of a hyper-parameter value.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(bool value) => value ? "true" : "false";
}
