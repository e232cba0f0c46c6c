using System.Globalization;
using DlRadiomics.Tables;

namespace DlRadiomics.Cohort;

/// <summary>Tables of the papers transcribed as printed and embedded in the library (<c>Cohort/Calibration/*.csv</c>).</summary>
internal static class PublishedTables
{
    public static CsvTable Read(string name)
    {
        using var resource = typeof(PublishedTables).Assembly.GetManifestResourceStream("DlRadiomics.Cohort.Calibration." + name)
            ?? throw new InvalidOperationException($"embedded table {name} is missing from the library");
        using var reader = new StreamReader(resource);
        return CsvTable.Read(reader, name).EnsureRectangular();
    }

    /// <summary>A number as printed ("0.906", "<0.001" → 0.001); NaN when blank.</summary>
    public static double Number(string text) =>
        double.TryParse(text.TrimStart('<'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
}
