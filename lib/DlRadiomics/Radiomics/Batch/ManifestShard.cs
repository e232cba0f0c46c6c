using System.Globalization;

namespace DlRadiomics.Radiomics.Batch;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> of a manifest: the rows whose 0-based position in the manifest
/// satisfies <c>position mod Count = Index − 1</c> (round-robin, 1-based <see cref="Index"/> as Slurm's
/// <c>--array=1-N</c> numbers its tasks). The rows depend only on the manifest, never on the machine, so N jobs
/// anywhere cover every row exactly once; round-robin spreads a manifest sorted by centre or size evenly.
/// </summary>
/// <example>Manifest rows 0…9 in 3 shards: 1/3 → 0, 3, 6, 9; 2/3 → 1, 4, 7; 3/3 → 2, 5, 8.</example>
public readonly record struct ManifestShard
{
    public ManifestShard(int index, int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "the shard count must be at least 1");
        if (index < 1 || index > count) throw new ArgumentOutOfRangeException(nameof(index), index, $"the shard index must be from 1 to {count}");
        (Index, Count) = (index, count);
    }

    /// <summary>1-based shard number K.</summary>
    public int Index { get; }

    /// <summary>Number of shards N.</summary>
    public int Count { get; }

    /// <summary>The whole manifest as one shard.</summary>
    public static ManifestShard All { get; } = new(1, 1);

    /// <summary>True when manifest row <paramref name="position"/> (0-based) belongs to this shard.</summary>
    public bool Contains(int position) => position % Count == Index - 1;

    /// <summary>This shard's rows of <paramref name="rows"/>, in manifest order.</summary>
    public IReadOnlyList<T> Select<T>(IReadOnlyList<T> rows)
    {
        var selected = new List<T>();
        for (int position = Index - 1; position < rows.Count; position += Count) selected.Add(rows[position]);
        return selected;
    }

    /// <summary>Parses <c>K/N</c> (e.g. <c>2/8</c>), 1 ≤ K ≤ N.</summary>
    /// <exception cref="FormatException">The text is not of that form; the message says what was given.</exception>
    public static ManifestShard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && k >= 1 && k <= n)
            return new ManifestShard(k, n);
        throw new FormatException($"a shard is K/N with 1 ≤ K ≤ N (e.g. 2/8, as Slurm's array task 2 of 8), got '{text}'");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
