using System.CommandLine;
using DlRadiomics.Radiomics.Batch;

namespace DlRadiomics.Cli.Commands.Radiomics;

/// <summary><c>dlr merge</c>: joins the tables of a sharded <c>dlr extract --shard K/N</c> in manifest order.</summary>
public sealed class MergeCommand : Verb
{
    private readonly Option<string> _manifest = CliOption.Required("--manifest", "the manifest every shard was cut from (as given to dlr extract --shard)", "M.csv");
    private readonly Option<string> _out = CliOption.Required("--out", "the merged table, rows in manifest order; written to a temporary file and renamed at the end", "OUT.csv");
    private readonly Option<bool> _force = CliOption.Flag("--force", "overwrite an existing OUT.csv (without it, an existing file is an error)");
    private readonly Argument<string[]> _parts = new("PART.csv") { Description = "the shard tables written by dlr extract --shard K/N, in any order", Arity = ArgumentArity.OneOrMore };

    public MergeCommand() : base("merge", "join the tables of a sharded dlr extract --shard K/N in manifest order") =>
        Add(_manifest, _out, _force, _parts);

    public override string Notes => """
        The merged table equals, byte for byte, the table one dlr extract of the whole manifest writes. A case found in
        two tables, or not in the manifest, is an error; missing cases are listed and nothing is written (exit 1).
        Cases that failed in their shard keep their 'error' cell and are counted on stderr (exit 0).
        """;

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        if (parse.GetValue(_out) is { } output && File.Exists(output) && !parse.GetValue(_force))
            yield return $"output '{output}' already exists; pass --force to overwrite it";
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        var result = FeatureTableMerge.Merge(new FeatureTableMergeOptions(
            parse.GetValue(_manifest)!, parse.GetValue(_parts)!, parse.GetValue(_out)!, parse.GetValue(_force)));
        stderr.WriteLine($"dlr merge: {result.Cases} cases merged into {result.Output}" +
            (result.FailedCases > 0 ? $"; {result.FailedCases} of them failed in their shard (see the 'error' column)" : ""));
        return 0;
    }
}
