using System.Globalization;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Cohort;

/// <summary>
/// Replaces coded columns (a schema field with <c>categories</c>, e.g. 0 = "Female", 1 = "Male") by their labels, so
/// tables read as the paper prints them. The input frame is not changed.
/// </summary>
public static class SchemaLabels
{
    /// <param name="frame">A table conforming to <paramref name="schema"/>.</param>
    /// <param name="schema">The schema whose categories give the labels.</param>
    /// <param name="keepCoded">Columns to leave coded (e.g. the outcome when a model needs 0/1).</param>
    public static DataFrame Apply(DataFrame frame, TableSchema schema, IReadOnlyCollection<string>? keepCoded = null)
    {
        var columns = new List<DataFrameColumn>();
        foreach (var column in frame.Columns)
        {
            var field = schema.Field(column.Name);
            if (field is null || field.Categories.Count == 0 || keepCoded?.Contains(column.Name) == true)
            {
                columns.Add(column.Clone());
                continue;
            }
            var labels = new string?[column.Length];
            for (long r = 0; r < column.Length; r++)
                labels[r] = column[r] is { } value ? field.LabelOf(Convert.ToString(value, CultureInfo.InvariantCulture)!) : null;
            columns.Add(new StringDataFrameColumn(column.Name, labels));
        }
        return new DataFrame(columns);
    }
}
