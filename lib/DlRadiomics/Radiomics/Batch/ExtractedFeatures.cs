using DlRadiomics.Tables;

namespace DlRadiomics.Radiomics.Batch;

/// <summary>
/// The feature columns of a feature table written by <see cref="FeatureTable"/> (or PyRadiomics' batch CSV): case ids,
/// feature names (columns starting with an image-type prefix such as <c>original_</c>; diagnostics are left out) and
/// rows × features values (deep features are columns <c>dl_0000</c>…, see <see cref="DeepFeatureColumns"/>). Rows of failed cases (an <c>error</c> column with text) are left out and listed.
/// </summary>
public sealed record ExtractedFeatures(IReadOnlyList<string> Ids, IReadOnlyList<string> Names, double[][] Rows, IReadOnlyList<string> FailedIds)
{
    public static readonly string[] ImageTypePrefixes =
        ["original_", "wavelet-", "log-sigma-", "square_", "squareroot_", "logarithm_", "exponential_", "gradient_", "lbp-2D_", DeepFeatureColumns.Prefix];

    public static ExtractedFeatures Read(string path)
    {
        var table = CsvTable.Read(path).EnsureRectangular();
        var names = table.ColumnNames.Where(c => ImageTypePrefixes.Any(p => c.StartsWith(p, StringComparison.Ordinal))).ToList();
        if (names.Count == 0) throw new CsvTableException(path, $"no feature columns (names starting with {string.Join(", ", ImageTypePrefixes)}); the columns are: {string.Join(", ", table.ColumnNames)}");
        var ids = table.Text("ID");
        var errors = table.ColumnIndex("error") >= 0 ? table.Text("error") : null;
        var columns = names.Select(table.Numbers).ToArray();
        var kept = Enumerable.Range(0, table.RowCount).Where(r => errors is null || errors[r].Length == 0).ToList();
        return new ExtractedFeatures(
            kept.Select(r => ids[r]).ToList(), names,
            kept.Select(r => columns.Select(c => c[r]).ToArray()).ToArray(),
            errors is null ? [] : Enumerable.Range(0, table.RowCount).Where(r => errors[r].Length > 0).Select(r => ids[r]).ToList());
    }

    /// <summary>The rows of <paramref name="ids"/>, in that order.</summary>
    /// <exception cref="CsvTableException">An id has no row (absent or failed).</exception>
    public double[][] RowsOf(IReadOnlyList<string> ids)
    {
        var index = Ids.Select((id, r) => (id, r)).ToDictionary(p => p.id, p => p.r, StringComparer.Ordinal);
        return ids.Select(id => index.TryGetValue(id, out var r) ? Rows[r]
            : throw new CsvTableException("feature table", $"no features for case '{id}'{(FailedIds.Contains(id) ? " (its extraction failed)" : "")}; re-run the extraction for it")).ToArray();
    }
}
