using System.Text.Json;

namespace DlRadiomics.Cli.Commands.Statistics;

/// <summary>JSON has no NaN or infinity: the statistics verbs write undefined and infinite values as null.</summary>
internal static class FiniteJson
{
    public static void WriteFiniteNumber(this Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }
}
