using System.Globalization;

namespace DlRadiomics.Tables;

/// <summary>The order in which the levels of a categorical column are shown and coded.</summary>
public static class LevelOrder
{
    /// <summary>Distinct levels: numeric labels by value, text labels ordinally (R's factor in the C locale).</summary>
    public static List<string> Sort(IEnumerable<string> levels)
    {
        var distinct = levels.Distinct().ToList();
        bool numeric = distinct.All(l => double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        return numeric
            ? distinct.OrderBy(l => double.Parse(l, CultureInfo.InvariantCulture)).ToList()
            : distinct.OrderBy(l => l, StringComparer.Ordinal).ToList();
    }
}
