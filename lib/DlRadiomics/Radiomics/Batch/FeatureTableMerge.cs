using System.Text;
using DlRadiomics.Tables;

namespace DlRadiomics.Radiomics.Batch;

/// <summary>What to merge: the manifest the shards were cut from, their tables, and where the merged table goes.</summary>
/// <param name="Manifest">The manifest given to every <c>dlr extract --shard K/N</c> run.</param>
/// <param name="Parts">The shard tables (<c>dlr extract</c> outputs), in any order.</param>
/// <param name="Output">The merged table; written under a temporary name and renamed at the end.</param>
/// <param name="Overwrite">Replace <paramref name="Output"/> when it exists (otherwise that is an error).</param>
public sealed record FeatureTableMergeOptions(string Manifest, IReadOnlyList<string> Parts, string Output, bool Overwrite = false);

/// <summary>The merged table: how many cases it holds and how many of them carry an error from their shard.</summary>
public sealed record FeatureTableMergeResult(string Output, int Cases, int FailedCases);

/// <summary>
/// Joins the feature tables of a sharded extraction (<see cref="ManifestShard"/>) into the table one
/// <c>dlr extract</c> of the whole manifest writes: rows in manifest order, the same columns in the same order, the
/// same bytes. Every manifest case must appear in exactly one shard table; a case found twice, a case not in the
/// manifest, and missing cases are errors naming them, and nothing is written.
/// </summary>
/// <remarks>
/// Columns are <c>ID, Image, Mask, Label</c>, then the <c>diagnostics_*</c> columns and then the feature columns,
/// each in order of first appearance over the rows in manifest order (as <see cref="FeatureTable"/> orders them), and
/// an <c>error</c> column when any case failed. Cells are copied as text, so values are unchanged to the last digit.
/// Cases that failed in their shard (a non-empty <c>error</c>) are merged like the others and counted in the result.
/// </remarks>
public static class FeatureTableMerge
{
    private static readonly string[] CaseColumns = ["ID", "Image", "Mask", "Label"];
    private const string ErrorColumn = "error";

    public static FeatureTableMergeResult Merge(FeatureTableMergeOptions options)
    {
        if (options.Parts.Count == 0) throw new ShardMergeException("no shard tables were given to merge");
        var manifest = ExtractionManifest.Read(options.Manifest);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int n = 0; n < manifest.Count; n++) position[manifest[n].Id] = n;

        var rows = new ShardRow?[manifest.Count];
        foreach (string part in options.Parts)
        {
            var table = CsvTable.Read(part).EnsureRectangular();
            int id = table.ColumnIndex("ID");
            if (id < 0) throw new ShardMergeException($"{part}: no 'ID' column; give the tables written by dlr extract --shard");
            var columns = new ShardColumns(table.ColumnNames, table.ColumnNames.Select((name, c) => (name, c)).ToDictionary(p => p.name, p => p.c, StringComparer.Ordinal));
            foreach (var row in table.Rows)
            {
                string caseId = row.Cells[id];
                if (!position.TryGetValue(caseId, out int at))
                    throw new ShardMergeException($"{part}, line {row.Line}: case '{caseId}' is not in the manifest {options.Manifest}; was this shard cut from another manifest?");
                if (rows[at] is { } first)
                    throw new ShardMergeException($"case '{caseId}' appears twice: {first.Part} line {first.Line} and {part} line {row.Line}; give each shard's table once, all cut with the same N");
                rows[at] = new ShardRow(part, row.Line, columns, row.Cells);
            }
        }

        var missing = Enumerable.Range(0, manifest.Count).Where(n => rows[n] is null).Select(n => manifest[n].Id).ToArray();
        if (missing.Length > 0)
            throw new ShardMergeException(
                $"{missing.Length} of {manifest.Count} cases of {options.Manifest} are in none of the {options.Parts.Count} shard tables: " +
                string.Join(", ", missing.Take(20).Select(m => $"'{m}'")) + (missing.Length > 20 ? ", …" : "") +
                "; rerun the shards that hold them (or give their tables) and merge again", missing);

        var complete = rows.Select(r => r!).ToArray();
        var header = Header(complete);
        int failed = complete.Count(r => r.Cell(ErrorColumn).Length > 0);
        AtomicFile.Write(options.Output, options.Overwrite, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.WriteLine(string.Join(",", header.Select(CsvText.Field)));
            foreach (var row in complete) writer.WriteLine(string.Join(",", header.Select(c => CsvText.Field(row.Cell(c)))));
        });
        return new FeatureTableMergeResult(options.Output, complete.Length, failed);
    }

    /// <summary>Case columns, diagnostics, features (first appearance over rows in manifest order), error if any case failed.</summary>
    private static List<string> Header(IReadOnlyList<ShardRow> rows)
    {
        var diagnostics = new List<string>();
        var features = new List<string>();
        var seen = new HashSet<string>(CaseColumns.Append(ErrorColumn), StringComparer.Ordinal);
        foreach (var row in rows)
            for (int c = 0; c < row.Columns.Names.Count; c++)
                if (row.Cells[c].Length > 0 && seen.Add(row.Columns.Names[c]))
                    (row.Columns.Names[c].StartsWith("diagnostics_", StringComparison.Ordinal) ? diagnostics : features).Add(row.Columns.Names[c]);
        var header = new List<string>(CaseColumns);
        header.AddRange(diagnostics);
        header.AddRange(features);
        if (rows.Any(r => r.Cell(ErrorColumn).Length > 0)) header.Add(ErrorColumn);
        return header;
    }

    /// <summary>A shard table's column names and the position of each.</summary>
    private sealed record ShardColumns(IReadOnlyList<string> Names, IReadOnlyDictionary<string, int> Position);

    /// <summary>One case's row as its shard table holds it.</summary>
    private sealed record ShardRow(string Part, int Line, ShardColumns Columns, IReadOnlyList<string> Cells)
    {
        /// <summary>The cell of <paramref name="column"/>, empty when this shard's table has no such column.</summary>
        public string Cell(string column) => Columns.Position.TryGetValue(column, out int c) ? Cells[c] : "";
    }
}
