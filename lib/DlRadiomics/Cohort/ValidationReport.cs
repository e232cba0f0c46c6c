using System.Text;

namespace DlRadiomics.Cohort;

/// <summary>The rule a table broke.</summary>
public enum ViolationRule
{
    MissingColumn, ExtraColumn, ColumnOrder, DuplicateColumn, RowLength,
    Required, Type, Enum, Minimum, Maximum, MinLength, MaxLength, Pattern, Finite, Unique,
    PrimaryKey, ForeignKey, FileMissing, FileUnreadable, GeometryMismatch,
}

/// <summary>
/// One broken rule. <see cref="Row"/> counts data rows from 1 (the header is not a row) and <see cref="Line"/> is the
/// file line that row starts on; both are null for table-level problems (a missing column).
/// </summary>
public sealed record Violation(ViolationRule Rule, int? Row, int? Line, string? Column, string? Value, string Message)
{
    public override string ToString()
    {
        var where = new StringBuilder();
        if (Row is not null) where.Append($"row {Row} (line {Line})");
        if (Column is not null) where.Append(where.Length > 0 ? ", " : "").Append($"column {Column}");
        if (Value is not null) where.Append($", value '{Value}'");
        return $"{(where.Length > 0 ? where + ": " : "")}{Message} [{RuleName(Rule)}]";
    }

    /// <summary>The rule as written in reports, e.g. <c>foreign-key</c>.</summary>
    public static string RuleName(ViolationRule rule) =>
        string.Concat(rule.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

/// <summary>Everything wrong with one table against one schema; <see cref="IsValid"/> when nothing is.</summary>
public sealed record ValidationReport(string TablePath, string SchemaName, int RowCount, IReadOnlyList<Violation> Violations)
{
    public bool IsValid => Violations.Count == 0;

    /// <summary>Violations of one rule.</summary>
    public IEnumerable<Violation> Of(ViolationRule rule) => Violations.Where(v => v.Rule == rule);

    public override string ToString() => Format();

    /// <summary>A readable report: a summary line, counts per rule, then every violation in file order.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        if (IsValid)
        {
            sb.AppendLine($"{TablePath}: valid against schema '{SchemaName}' ({RowCount} rows)");
            return sb.ToString();
        }
        sb.AppendLine($"{TablePath}: {Violations.Count} violation(s) of schema '{SchemaName}' in {RowCount} rows");
        foreach (var g in Violations.GroupBy(v => v.Rule).OrderBy(g => g.Key))
            sb.AppendLine($"  {Violation.RuleName(g.Key),-18} {g.Count()}");
        sb.AppendLine();
        foreach (var v in Violations.OrderBy(v => v.Row ?? 0).ThenBy(v => v.Column, StringComparer.Ordinal))
            sb.AppendLine("  " + v);
        return sb.ToString();
    }
}
