namespace DlRadiomics.Cohort;

/// <summary>Frictionless field types the validator understands.</summary>
public enum FieldType { String, Integer, Number, Boolean, Any }

/// <summary>How the table's columns must line up with the schema's fields (Table Schema v2 <c>fieldsMatch</c>).</summary>
public enum FieldsMatch
{
    /// <summary>Same fields in the same order.</summary>
    Exact,
    /// <summary>Same fields, any order.</summary>
    Equal,
    /// <summary>Every schema field present; extra columns allowed (they must match a pattern field when any is declared).</summary>
    Subset,
    /// <summary>Only schema fields; some may be absent unless required.</summary>
    Superset,
    /// <summary>At least one schema field present.</summary>
    Partial,
}

/// <summary>Whether a field names a file the validator should find (extension property <c>x-file</c>).</summary>
public enum FileRole { None, Image, Mask }

/// <summary>One value label of a coded field (Table Schema v2 <c>categories</c>), e.g. 1 = "Yes".</summary>
public sealed record FieldCategory(string Value, string Label);

/// <summary>Field constraints (Table Schema <c>constraints</c>) plus <c>x-finite</c>, which rejects NaN and infinities.</summary>
public sealed record FieldConstraints
{
    public bool Required { get; init; }
    public bool Unique { get; init; }
    public double? Minimum { get; init; }
    public double? Maximum { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public string? Pattern { get; init; }
    public IReadOnlyList<string>? Enum { get; init; }
    public bool Finite { get; init; }

    public static FieldConstraints None { get; } = new();
}

/// <summary>A column of a table schema: its name, type, description (with units and range) and constraints.</summary>
public sealed record SchemaField(string Name, FieldType Type, string Description, FieldConstraints Constraints)
{
    public IReadOnlyList<FieldCategory> Categories { get; init; } = [];
    public FileRole File { get; init; } = FileRole.None;

    /// <summary>The label of a coded value (<c>categories</c>), or the value itself when it has none.</summary>
    public string LabelOf(string value) => Categories.FirstOrDefault(c => c.Value == value)?.Label ?? value;
}

/// <summary>A foreign key: <see cref="Fields"/> of this table must occur as <see cref="ReferenceFields"/> of the table named <see cref="ReferenceResource"/>.</summary>
public sealed record ForeignKey(IReadOnlyList<string> Fields, string ReferenceResource, IReadOnlyList<string> ReferenceFields);

/// <summary>Fields that are not listed by name but by a regular expression on the column name (extension <c>x-patternFields</c>).</summary>
public sealed record PatternField(string Pattern, SchemaField Template);
