using System.Globalization;

namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// One row of an IBSI reference table (<c>reference value;tolerance;tag</c>); both numbers are null when IBSI
/// publishes none for the tag.
/// </summary>
/// <remarks>
/// IBSI publishes values to three significant digits. A value is within tolerance when
/// |value − reference| ≤ tolerance + ½·10^(⌊log₁₀|reference|⌋ − 2), i.e. when it rounds to the published value within
/// the tolerance; a reference of 0 allows 10⁻⁹.
/// </remarks>
public sealed record IbsiReferenceValue(string Tag, double? Reference, double? Tolerance)
{
    /// <summary>Whether <paramref name="value"/> matches the reference (false when there is no reference or the value is not finite).</summary>
    public bool IsWithin(double value)
    {
        if (Reference is not { } r || Tolerance is not { } t || !double.IsFinite(value)) return false;
        double rounding = r == 0 ? 1e-9 : 0.5 * Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(r))) - 2);
        return Math.Abs(value - r) <= t + rounding * (1 + 1e-9);
    }

    /// <summary>Reads an IBSI reference table (semicolon-separated, header <c>reference value;tolerance;tag</c>).</summary>
    public static IReadOnlyList<IbsiReferenceValue> ReadTable(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != "reference value;tolerance;tag")
            throw new IbsiException($"{path}: line 1 must be the header 'reference value;tolerance;tag'");
        var rows = new List<IbsiReferenceValue>();
        for (int k = 1; k < lines.Length; k++)
        {
            if (lines[k].Trim().Length == 0) continue;
            var cells = lines[k].Split(';');
            if (cells.Length != 3) throw new IbsiException($"{path}: line {k + 1} has {cells.Length} fields, expected 3 (reference value;tolerance;tag)");
            rows.Add(new IbsiReferenceValue(cells[2].Trim(), Number(cells[0], path, k, "reference value"), Number(cells[1], path, k, "tolerance")));
        }
        return rows;
    }

    private static double? Number(string cell, string path, int line, string column)
    {
        if (cell.Trim().Length == 0) return null;
        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
            ? v : throw new IbsiException($"{path}: line {line + 1}, {column} '{cell}' is not a number");
    }
}
