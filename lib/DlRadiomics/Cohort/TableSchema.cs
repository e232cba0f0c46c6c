using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace DlRadiomics.Cohort;

/// <summary>
/// A Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/): fields with types and constraints,
/// missing-value markers, primary and foreign keys. The four schemas of the project (<c>clinical</c>,
/// <c>recurrence</c>, <c>images</c>, <c>features</c>) ship inside the library, copied from <c>data-schema/</c>.
/// </summary>
public sealed record TableSchema(
    string Name,
    string Description,
    IReadOnlyList<SchemaField> Fields,
    IReadOnlyList<string> MissingValues,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<ForeignKey> ForeignKeys,
    FieldsMatch FieldsMatch,
    IReadOnlyList<PatternField> PatternFields)
{
    private const string ResourcePrefix = "DlRadiomics.Schemas.";

    /// <summary>Names of the schemas shipped with the library.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = typeof(TableSchema).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".schema.json", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^".schema.json".Length]).Order(StringComparer.Ordinal).ToArray();

    public SchemaField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>The field describing column <paramref name="column"/>: a named field, else the first matching pattern field.</summary>
    public SchemaField? FieldForColumn(string column)
    {
        if (Field(column) is { } named) return named;
        var pattern = PatternFields.FirstOrDefault(p => System.Text.RegularExpressions.Regex.IsMatch(column, p.Pattern));
        return pattern is null ? null : pattern.Template with { Name = column };
    }

    /// <summary>A shipped schema by name (<see cref="BuiltInNames"/>).</summary>
    public static TableSchema BuiltIn(string name)
    {
        using var stream = typeof(TableSchema).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".schema.json")
            ?? throw new SchemaException(name, $"no built-in schema named '{name}' (known: {string.Join(", ", BuiltInNames)})");
        return Parse(stream, $"built-in schema '{name}'");
    }

    /// <summary>A shipped schema when <paramref name="nameOrPath"/> is one of <see cref="BuiltInNames"/>, otherwise the schema file at that path.</summary>
    public static TableSchema Resolve(string nameOrPath) =>
        BuiltInNames.Contains(nameOrPath) ? BuiltIn(nameOrPath) : Load(nameOrPath);

    public static TableSchema Load(string path)
    {
        if (!File.Exists(path))
            throw new SchemaException(path, $"no such schema file (built-in schemas: {string.Join(", ", BuiltInNames)})");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return Parse(stream, path);
    }

    public static TableSchema Parse(Stream json, string source)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json); }
        catch (JsonException e) { throw new SchemaException(source, $"not valid JSON: {e.Message}"); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("fields", out var fieldsJson) || fieldsJson.ValueKind != JsonValueKind.Array)
                throw new SchemaException(source, "a table schema is a JSON object with a 'fields' array");
            var fields = fieldsJson.EnumerateArray().Select(f => ParseField(f, source)).ToArray();
            var duplicate = fields.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw new SchemaException(source, $"field '{duplicate.Key}' is declared twice");
            var patterns = root.TryGetProperty("x-patternFields", out var pf)
                ? pf.EnumerateArray().Select(p => new PatternField(
                    Text(p, "pattern") ?? throw new SchemaException(source, "every x-patternFields entry needs a 'pattern'"),
                    ParseField(p, source, Text(p, "pattern")!))).ToArray()
                : [];
            var schema = new TableSchema(
                Text(root, "name") ?? Path.GetFileNameWithoutExtension(source),
                Text(root, "description") ?? "",
                fields,
                root.TryGetProperty("missingValues", out var mv) ? mv.EnumerateArray().Select(v => v.GetString() ?? "").ToArray() : [""],
                root.TryGetProperty("primaryKey", out var pk) ? Names(pk) : [],
                root.TryGetProperty("foreignKeys", out var fk) ? fk.EnumerateArray().Select(k => ParseForeignKey(k, source)).ToArray() : [],
                ParseFieldsMatch(Text(root, "fieldsMatch"), source),
                patterns);
            foreach (var key in schema.PrimaryKey.Concat(schema.ForeignKeys.SelectMany(k => k.Fields)))
                if (schema.Field(key) is null) throw new SchemaException(source, $"key field '{key}' is not among the fields");
            return schema;
        }
    }

    private static SchemaField ParseField(JsonElement f, string source, string? nameOverride = null)
    {
        string name = nameOverride ?? Text(f, "name") ?? throw new SchemaException(source, "a field has no 'name'");
        string typeText = Text(f, "type") ?? "string";
        var type = typeText switch
        {
            "string" => FieldType.String,
            "integer" => FieldType.Integer,
            "number" => FieldType.Number,
            "boolean" => FieldType.Boolean,
            "any" => FieldType.Any,
            _ => throw new SchemaException(source, $"field '{name}' has type '{typeText}'; supported: string, integer, number, boolean, any"),
        };
        var constraints = FieldConstraints.None;
        if (f.TryGetProperty("constraints", out var c))
        {
            constraints = new FieldConstraints
            {
                Required = Bool(c, "required"),
                Unique = Bool(c, "unique"),
                Minimum = Number(c, "minimum"),
                Maximum = Number(c, "maximum"),
                MinLength = (int?)Number(c, "minLength"),
                MaxLength = (int?)Number(c, "maxLength"),
                Pattern = Text(c, "pattern"),
                Enum = c.TryGetProperty("enum", out var e) ? e.EnumerateArray().Select(ScalarText).ToArray() : null,
                Finite = Bool(c, "x-finite"),
            };
        }
        var categories = f.TryGetProperty("categories", out var cats)
            ? cats.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Object
                ? new FieldCategory(ScalarText(x.GetProperty("value")), Text(x, "label") ?? ScalarText(x.GetProperty("value")))
                : new FieldCategory(ScalarText(x), ScalarText(x))).ToArray()
            : [];
        var file = Text(f, "x-file") switch
        {
            null => FileRole.None,
            "image" => FileRole.Image,
            "mask" => FileRole.Mask,
            var other => throw new SchemaException(source, $"field '{name}' has x-file '{other}'; expected 'image' or 'mask'"),
        };
        return new SchemaField(name, type, Text(f, "description") ?? "", constraints) { Categories = categories, File = file };
    }

    private static ForeignKey ParseForeignKey(JsonElement k, string source)
    {
        if (!k.TryGetProperty("fields", out var fields) || !k.TryGetProperty("reference", out var reference))
            throw new SchemaException(source, "a foreign key needs 'fields' and 'reference'");
        var own = Names(fields);
        var theirs = reference.TryGetProperty("fields", out var rf) ? Names(rf) : own;
        if (own.Count != theirs.Count) throw new SchemaException(source, "a foreign key's fields and reference fields differ in number");
        return new ForeignKey(own, Text(reference, "resource") ?? "", theirs);
    }

    private static FieldsMatch ParseFieldsMatch(string? text, string source) => text switch
    {
        null or "exact" => FieldsMatch.Exact,
        "equal" => FieldsMatch.Equal,
        "subset" => FieldsMatch.Subset,
        "superset" => FieldsMatch.Superset,
        "partial" => FieldsMatch.Partial,
        _ => throw new SchemaException(source, $"fieldsMatch '{text}' is not one of exact, equal, subset, superset, partial"),
    };

    private static IReadOnlyList<string> Names(JsonElement e) =>
        e.ValueKind == JsonValueKind.String ? [e.GetString()!] : e.EnumerateArray().Select(x => x.GetString()!).ToArray();

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Bool(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static string ScalarText(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString()!,
        JsonValueKind.Number => v.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => v.GetRawText(),
    };
}

/// <summary>A schema file is missing or malformed; the message names it and what is wrong.</summary>
public sealed class SchemaException(string source, string problem) : DlRadiomicsException($"{source}: {problem}");
