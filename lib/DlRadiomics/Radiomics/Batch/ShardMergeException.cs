namespace DlRadiomics.Radiomics.Batch;

/// <summary>
/// Shard tables cannot be merged into one table of the manifest: a case is missing, appears twice, or is not in the
/// manifest. The message names the cases, the files and lines, and what to do.
/// </summary>
public sealed class ShardMergeException(string message, IReadOnlyList<string>? missingIds = null) : DlRadiomicsException(message)
{
    /// <summary>IDs of manifest cases that no shard table holds (empty for other problems).</summary>
    public IReadOnlyList<string> MissingIds { get; } = missingIds ?? [];
}
