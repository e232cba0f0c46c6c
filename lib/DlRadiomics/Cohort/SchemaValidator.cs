using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using DlRadiomics.Imaging;
using DlRadiomics.Tables;

namespace DlRadiomics.Cohort;

/// <summary>
/// Checks a CSV table against a <see cref="TableSchema"/> and lists every violation (not only the first): columns
/// missing, extra or out of order; per cell the type and constraints; unique and primary keys; foreign keys into other
/// tables; files named by the table and, optionally, that each mask's grid matches its image. Files are only read.
/// </summary>
public static class SchemaValidator
{
    public static ValidationReport Validate(string csvPath, TableSchema schema, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        var table = CsvTable.Read(csvPath);
        var violations = new List<Violation>();
        var columns = CheckColumns(table, schema, violations);
        CheckRowLengths(table, violations);
        CheckCells(table, schema, columns, violations);
        CheckKey(table, schema.PrimaryKey, schema.MissingValues, ViolationRule.PrimaryKey, violations);
        CheckForeignKeys(table, schema, options, violations);
        CheckFiles(table, schema, options, violations);
        return new ValidationReport(csvPath, schema.Name, table.Rows.Count, violations);
    }

    /// <summary>Validates and throws <see cref="TableValidationException"/> carrying the report when anything is wrong.</summary>
    public static ValidationReport EnsureValid(string csvPath, TableSchema schema, ValidationOptions? options = null)
    {
        var report = Validate(csvPath, schema, options);
        return report.IsValid ? report : throw new TableValidationException(report);
    }

    // Maps each schema field (and accepted pattern column) to its column index.
    private static List<(SchemaField Field, int Column)> CheckColumns(CsvTable table, TableSchema schema, List<Violation> violations)
    {
        var header = table.ColumnNames;
        foreach (var dup in header.GroupBy(h => h).Where(g => g.Count() > 1))
            violations.Add(new(ViolationRule.DuplicateColumn, null, 1, dup.Key, null, $"column '{dup.Key}' appears {dup.Count()} times in the header"));

        var mapped = new List<(SchemaField, int)>();
        var match = schema.FieldsMatch;
        foreach (var field in schema.Fields)
        {
            int index = table.ColumnIndex(field.Name);
            if (index >= 0) { mapped.Add((field, index)); continue; }
            bool mayBeAbsent = match == FieldsMatch.Partial || (match == FieldsMatch.Superset && !field.Constraints.Required);
            if (!mayBeAbsent)
                violations.Add(new(ViolationRule.MissingColumn, null, 1, field.Name, null,
                    $"column '{field.Name}' is missing ({Describe(field)}); add it, with empty cells if the values are unknown{(field.Constraints.Required ? " — but it is required" : "")}"));
        }
        if (match == FieldsMatch.Partial && mapped.Count == 0)
            violations.Add(new(ViolationRule.MissingColumn, null, 1, null, null, "none of the schema's fields is present"));

        for (int c = 0; c < header.Count; c++)
        {
            if (schema.Field(header[c]) is not null) continue;
            var patternField = schema.FieldForColumn(header[c]);
            if (patternField is not null) { mapped.Add((patternField, c)); continue; }
            if (match is not FieldsMatch.Subset || schema.PatternFields.Count > 0)
                violations.Add(new(ViolationRule.ExtraColumn, null, 1, header[c], null,
                    $"column '{header[c]}' is not in schema '{schema.Name}'" + Suggestion(header[c], schema)));
        }

        if (match == FieldsMatch.Exact)
        {
            var present = schema.Fields.Where(f => table.ColumnIndex(f.Name) >= 0).Select(f => f.Name).ToArray();
            var order = header.Where(h => schema.Field(h) is not null).ToArray();
            if (!present.SequenceEqual(order))
                violations.Add(new(ViolationRule.ColumnOrder, null, 1, null, null,
                    $"columns are not in the schema's order (expected {string.Join(", ", present)})"));
        }
        return mapped;
    }

    private static string Suggestion(string column, TableSchema schema)
    {
        var close = schema.Fields.FirstOrDefault(f => string.Equals(f.Name, column.Trim(), StringComparison.OrdinalIgnoreCase)
                                                   || string.Equals(f.Name.Replace("_", ""), column.Replace("_", "").Replace(" ", ""), StringComparison.OrdinalIgnoreCase));
        return close is null ? "" : $" (did you mean '{close.Name}'?)";
    }

    private static void CheckRowLengths(CsvTable table, List<Violation> violations)
    {
        foreach (var row in table.Rows.Where(r => r.Cells.Count != table.ColumnNames.Count))
            violations.Add(new(ViolationRule.RowLength, row.Row, row.Line, null, null,
                $"the row has {row.Cells.Count} cells but the header has {table.ColumnNames.Count} columns"));
    }

    private static void CheckCells(CsvTable table, TableSchema schema, List<(SchemaField Field, int Column)> columns, List<Violation> violations)
    {
        foreach (var (field, column) in columns)
        {
            // A field that alone is the primary key is checked once, as the key.
            bool soleKey = schema.PrimaryKey.Count == 1 && schema.PrimaryKey[0] == field.Name;
            var seen = field.Constraints.Unique && !soleKey ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
            Regex? pattern = field.Constraints.Pattern is { } p ? new Regex("^(?:" + p + ")$", RegexOptions.CultureInvariant) : null;
            foreach (var row in table.Rows)
            {
                string? cell = row.Cell(column);
                if (cell is null) continue; // reported as a row-length problem
                if (schema.MissingValues.Contains(cell))
                {
                    if (field.Constraints.Required)
                        violations.Add(new(ViolationRule.Required, row.Row, row.Line, field.Name, cell, $"a value is required ({Describe(field)})"));
                    continue;
                }
                foreach (var (rule, message) in CheckValue(field, cell, pattern))
                    violations.Add(new(rule, row.Row, row.Line, field.Name, cell, message));
                if (seen is not null)
                {
                    if (seen.TryGetValue(cell, out int first))
                        violations.Add(new(ViolationRule.Unique, row.Row, row.Line, field.Name, cell, $"values must be unique; '{cell}' already occurs in row {first}"));
                    else seen[cell] = row.Row;
                }
            }
        }
    }

    /// <summary>Type and constraint problems of one non-missing cell.</summary>
    internal static IEnumerable<(ViolationRule, string)> CheckValue(SchemaField field, string cell, Regex? pattern)
    {
        var c = field.Constraints;
        double? number = null;
        switch (field.Type)
        {
            case FieldType.Integer:
                if (!long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
                {
                    yield return (ViolationRule.Type, $"expected an integer ({Describe(field)})");
                    yield break;
                }
                number = l;
                break;
            case FieldType.Number:
                if (!TryParseNumber(cell, out double d))
                {
                    yield return (ViolationRule.Type, $"expected a number with '.' as decimal mark ({Describe(field)})");
                    yield break;
                }
                number = d;
                if (c.Finite && !double.IsFinite(d)) yield return (ViolationRule.Finite, "expected a finite number (not NaN or infinite)");
                break;
            case FieldType.Boolean:
                if (cell is not ("true" or "True" or "TRUE" or "1" or "false" or "False" or "FALSE" or "0"))
                    yield return (ViolationRule.Type, "expected a boolean (true/false or 1/0)");
                yield break;
        }
        if (c.Enum is { } allowed && !allowed.Any(a => number is { } n ? TryParseNumber(a, out double av) && av == n : a == cell))
            yield return (ViolationRule.Enum, $"expected one of {string.Join(", ", allowed.Select(a => field.Categories.Count > 0 ? $"{a} ({field.LabelOf(a)})" : a))}");
        if (number is { } x)
        {
            if (c.Minimum is { } min && x < min) yield return (ViolationRule.Minimum, $"below the minimum {Fmt(min)} ({Describe(field)})");
            if (c.Maximum is { } max && x > max) yield return (ViolationRule.Maximum, $"above the maximum {Fmt(max)} ({Describe(field)})");
        }
        if (c.MinLength is { } minLen && cell.Length < minLen) yield return (ViolationRule.MinLength, $"shorter than {minLen} characters");
        if (c.MaxLength is { } maxLen && cell.Length > maxLen) yield return (ViolationRule.MaxLength, $"longer than {maxLen} characters");
        if (pattern is not null && !pattern.IsMatch(cell)) yield return (ViolationRule.Pattern, $"does not match the pattern {c.Pattern}");
    }

    /// <summary>Frictionless number syntax: invariant decimal or exponent notation, NaN, INF, -INF.</summary>
    internal static bool TryParseNumber(string text, out double value)
    {
        switch (text)
        {
            case "NaN": value = double.NaN; return true;
            case "INF": value = double.PositiveInfinity; return true;
            case "-INF": value = double.NegativeInfinity; return true;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static void CheckKey(CsvTable table, IReadOnlyList<string> key, IReadOnlyList<string> missing, ViolationRule rule, List<Violation> violations)
    {
        if (key.Count == 0) return;
        var indices = key.Select(table.ColumnIndex).ToArray();
        if (indices.Any(i => i < 0)) return; // the missing column is already reported
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var parts = indices.Select(i => row.Cell(i) ?? "").ToArray();
            if (parts.Any(missing.Contains)) continue; // a missing key cell is a 'required' problem
            string k = string.Join(" | ", parts);
            if (seen.TryGetValue(k, out int first))
                violations.Add(new(rule, row.Row, row.Line, string.Join("+", key), k, $"duplicate primary key; the same {string.Join("+", key)} is in row {first}"));
            else seen[k] = row.Row;
        }
    }

    private static void CheckForeignKeys(CsvTable table, TableSchema schema, ValidationOptions options, List<Violation> violations)
    {
        foreach (var fk in schema.ForeignKeys)
        {
            var indices = fk.Fields.Select(table.ColumnIndex).ToArray();
            if (indices.Any(i => i < 0)) continue;
            CsvTable target;
            if (fk.ReferenceResource == "") target = table;
            else
            {
                string? path = options.References?.GetValueOrDefault(fk.ReferenceResource)
                    ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(table.Source))!, fk.ReferenceResource + ".csv");
                if (!File.Exists(path))
                {
                    violations.Add(new(ViolationRule.ForeignKey, null, null, string.Join("+", fk.Fields), null,
                        $"cannot check the foreign key: the referenced table '{fk.ReferenceResource}' was not found at {path}; give its path (dlr validate --reference {fk.ReferenceResource}=PATH)"));
                    continue;
                }
                target = CsvTable.Read(path);
            }
            var targetIndices = fk.ReferenceFields.Select(target.ColumnIndex).ToArray();
            if (targetIndices.Any(i => i < 0))
            {
                violations.Add(new(ViolationRule.ForeignKey, null, null, string.Join("+", fk.Fields), null,
                    $"the referenced table {target.Source} has no column(s) {string.Join(", ", fk.ReferenceFields)}"));
                continue;
            }
            var keys = target.Rows.Select(r => string.Join(" | ", targetIndices.Select(i => r.Cell(i) ?? ""))).ToHashSet(StringComparer.Ordinal);
            foreach (var row in table.Rows)
            {
                var parts = indices.Select(i => row.Cell(i) ?? "").ToArray();
                if (parts.Any(schema.MissingValues.Contains)) continue;
                string k = string.Join(" | ", parts);
                if (!keys.Contains(k))
                    violations.Add(new(ViolationRule.ForeignKey, row.Row, row.Line, string.Join("+", fk.Fields), k,
                        $"not found in {string.Join("+", fk.ReferenceFields)} of {Path.GetFileName(target.Source)}"));
            }
        }
    }

    private static void CheckFiles(CsvTable table, TableSchema schema, ValidationOptions options, List<Violation> violations)
    {
        if (!options.CheckFiles) return;
        var fileFields = schema.Fields.Where(f => f.File != FileRole.None).Select(f => (Field: f, Column: table.ColumnIndex(f.Name))).Where(x => x.Column >= 0).ToArray();
        if (fileFields.Length == 0) return;
        string baseDir = options.BaseDirectory ?? Path.GetDirectoryName(Path.GetFullPath(table.Source))!;
        var imageColumn = fileFields.FirstOrDefault(x => x.Field.File == FileRole.Image);
        var existing = new Dictionary<string, bool>(StringComparer.Ordinal);
        var pairs = new List<(CsvRow Row, string Image, string Mask, string MaskColumn)>();
        foreach (var row in table.Rows)
        {
            foreach (var (field, column) in fileFields)
            {
                string? cell = row.Cell(column);
                if (cell is null || schema.MissingValues.Contains(cell)) continue;
                string full = Path.IsPathRooted(cell) ? cell : Path.GetFullPath(Path.Combine(baseDir, cell));
                if (!existing.TryGetValue(full, out bool exists)) existing[full] = exists = File.Exists(full) || Directory.Exists(full);
                if (!exists)
                {
                    violations.Add(new(ViolationRule.FileMissing, row.Row, row.Line, field.Name, cell, $"file not found: {full}"));
                    continue;
                }
                if (field.File == FileRole.Mask && imageColumn.Field is not null && row.Cell(imageColumn.Column) is { } image && !schema.MissingValues.Contains(image))
                {
                    string imageFull = Path.IsPathRooted(image) ? image : Path.GetFullPath(Path.Combine(baseDir, image));
                    pairs.Add((row, imageFull, full, field.Name));
                }
            }
        }
        if (options.CheckGeometry) CheckGeometry(pairs.Where(p => existing.GetValueOrDefault(p.Image)).ToList(), options.GeometryTolerance, violations);
    }

    private static void CheckGeometry(List<(CsvRow Row, string Image, string Mask, string MaskColumn)> pairs, double tolerance, List<Violation> violations)
    {
        var geometries = new ConcurrentDictionary<string, Lazy<(ImageGeometry? Geometry, string? Error)>>(StringComparer.Ordinal);
        (ImageGeometry?, string?) Read(string path) => geometries.GetOrAdd(path, p => new(() =>
        {
            try { return (ImageFile.ReadImage(p).Geometry, null); }
            catch (DlRadiomicsException e) { return (null, e.Message); }
        })).Value;

        var found = new ConcurrentBag<Violation>();
        Parallel.ForEach(pairs, pair =>
        {
            var (image, imageError) = Read(pair.Image);
            var (mask, maskError) = Read(pair.Mask);
            if (imageError is not null) found.Add(new(ViolationRule.FileUnreadable, pair.Row.Row, pair.Row.Line, null, pair.Image, imageError));
            if (maskError is not null) found.Add(new(ViolationRule.FileUnreadable, pair.Row.Row, pair.Row.Line, pair.MaskColumn, pair.Mask, maskError));
            if (image is not null && mask is not null && !image.Matches(mask, tolerance))
                found.Add(new(ViolationRule.GeometryMismatch, pair.Row.Row, pair.Row.Line, pair.MaskColumn, Path.GetFileName(pair.Mask),
                    $"mask grid differs from the image grid (tolerance {tolerance:G3}): image {image}; mask {mask}"));
        });
        violations.AddRange(found.OrderBy(v => v.Row).ThenBy(v => v.Rule));
    }

    private static string Describe(SchemaField field)
    {
        string d = field.Description;
        int cut = d.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? d[..cut] : d.TrimEnd('.');
    }

    private static string Fmt(double v) => v.ToString("G", CultureInfo.InvariantCulture);
}

/// <summary>A table failed validation; <see cref="Report"/> lists every violation.</summary>
public sealed class TableValidationException(ValidationReport report)
    : DlRadiomicsException(report.Format().TrimEnd())
{
    public ValidationReport Report { get; } = report;
}
