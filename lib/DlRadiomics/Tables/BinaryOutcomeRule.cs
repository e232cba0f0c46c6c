using System.Globalization;

namespace DlRadiomics.Tables;

/// <summary>
/// The one rule that codes a two-class outcome 1 (event) / 0, for CSV tables (<see cref="CsvTable.Binary(string, string?)"/>)
/// and DataFrames (the statistics' DataFrame entry points, <c>FeatureMatrix</c>, logistic models) alike.
/// </summary>
/// <remarks>
/// Without a named event value: 0/1 (also 1.0/0.0, true/false) as written; another pair of numbers is refused (code
/// it 0/1 or name the event value); two text values: the second in sort order is the event (<see cref="LevelOrder"/>,
/// R's factor rule as pROC and <c>glm</c> read it: "Good"/"Poor" → "Poor"). With a named event value: it must be one
/// of exactly two values present. Missing cells (null) are coded −1 so callers can drop them.
/// </remarks>
public static class BinaryOutcomeRule
{
    /// <summary>
    /// Codes <paramref name="cells"/> (null = missing); on failure returns null with <paramref name="problem"/> (the
    /// reason, without the place) and <paramref name="problemIndex"/> (the cell at fault, or −1 for the column as a whole).
    /// </summary>
    public static BinaryColumn? Code(IReadOnlyList<string?> cells, string? positive, out string problem, out int problemIndex)
    {
        problem = "";
        problemIndex = -1;
        var present = Enumerable.Range(0, cells.Count).Where(i => cells[i] is not null).ToArray();
        var levels = LevelOrder.Sort(present.Select(i => cells[i]!));
        if (positive is null && levels.All(IsZeroOneToken))
            return new BinaryColumn(cells.Select(t => t is null ? -1 : IsOneToken(t) ? 1 : 0).ToArray(), "1");
        if (positive is null && levels.Count == 2 && levels.All(IsNumber))
        {
            problemIndex = present.First(i => !IsZeroOneToken(cells[i]!));
            problem = $"'{cells[problemIndex]}' is not a 0/1 outcome (values {levels[0]} and {levels[1]}); code events as 1 and non-events as 0, or name the event value";
            return null;
        }
        if (levels.Count != 2)
        {
            string listed = string.Join(", ", levels.Take(6).Select(l => $"'{l}'")) + (levels.Count > 6 ? ", …" : "");
            problemIndex = levels.Count > 2 ? present.First(i => cells[i] == levels[2]) : -1;
            problem = levels.Count > 2
                ? $"the outcome has {levels.Count} classes ({listed}); a two-class outcome is needed"
                : $"the outcome has {(levels.Count == 0 ? "no values" : $"the single class {listed}")}; both classes are needed";
            return null;
        }
        string eventValue = positive ?? levels[1];
        if (!levels.Contains(eventValue))
        {
            problem = $"the event value '{eventValue}' does not occur; the values are '{levels[0]}' and '{levels[1]}'";
            return null;
        }
        return new BinaryColumn(cells.Select(t => t is null ? -1 : t == eventValue ? 1 : 0).ToArray(), eventValue);
    }

    private static bool IsZeroOneToken(string text) => text.ToLowerInvariant() is "1" or "1.0" or "true" or "0" or "0.0" or "false";

    private static bool IsOneToken(string text) => text.ToLowerInvariant() is "1" or "1.0" or "true";

    private static bool IsNumber(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
