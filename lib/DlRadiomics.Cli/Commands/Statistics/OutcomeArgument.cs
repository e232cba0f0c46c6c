using DlRadiomics.Tables;

namespace DlRadiomics.Cli.Commands.Statistics;

/// <summary>The <c>--outcome</c>/<c>--positive</c> pair of the verbs that take a two-class outcome column.</summary>
internal static class OutcomeArgument
{
    /// <summary>Codes the column 1/0/−1 (<see cref="CsvTable.Binary(string, string?)"/>) and says on stderr which value is the event when it is not "1".</summary>
    public static BinaryColumn Read(CsvTable table, string column, string? positive, TextWriter stderr)
    {
        var coded = table.Binary(column, positive);
        if (coded.EventValue != "1") stderr.WriteLine($"outcome '{column}': '{coded.EventValue}' counted as the event");
        return coded;
    }
}
