using System.Globalization;
using DlRadiomics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Tables;

/// <summary>Reads DataFrame cells as numbers or category labels, treating null and NaN as missing.</summary>
internal static class FrameAccess
{
    public static DataFrameColumn Column(DataFrame df, string name, string purpose)
    {
        int index = df.Columns.IndexOf(name);
        if (index < 0)
            throw new StatisticsInputException($"{purpose}: column '{name}' is not in the data; columns are: {string.Join(", ", df.Columns.Select(c => c.Name))}.");
        return df.Columns[index];
    }

    public static bool IsNumeric(DataFrameColumn c) => c.DataType != typeof(string) && c.DataType != typeof(bool) && c.DataType != typeof(char);

    /// <summary>The cell as a double, or null when missing/NaN; throws for text in a numeric use.</summary>
    public static double? Number(DataFrameColumn c, long row)
    {
        object? v = c[row];
        switch (v)
        {
            case null: return null;
            case string s:
                if (MissingValue.IsToken(s)) return null;
                if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)) return double.IsNaN(d) ? null : d;
                throw new StatisticsInputException($"column '{c.Name}', row {row + 1}: '{s}' is not a number; declare the column a factor or fix the value.");
            case bool b: return b ? 1 : 0;
            default:
                double x = Convert.ToDouble(v, CultureInfo.InvariantCulture);
                return double.IsNaN(x) ? null : x;
        }
    }

    /// <summary>The cell as a category label (numbers formatted invariantly), or null when missing.</summary>
    public static string? Level(DataFrameColumn c, long row)
    {
        object? v = c[row];
        return v switch
        {
            null => null,
            string s => MissingValue.IsToken(s) ? null : s,
            double d => double.IsNaN(d) ? null : d.ToString("R", CultureInfo.InvariantCulture),
            float f => float.IsNaN(f) ? null : f.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        };
    }

    /// <summary>Levels in display order (<see cref="LevelOrder.Sort"/>).</summary>
    public static List<string> SortLevels(IEnumerable<string> levels) => LevelOrder.Sort(levels);
}
