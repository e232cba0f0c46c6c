using DlRadiomics.Imaging;

namespace DlRadiomics.Cohort;

/// <summary>
/// Settings of <see cref="SchemaValidator.Validate"/>.
/// </summary>
/// <param name="BaseDirectory">Folder that relative file paths in the table are resolved against; null = the table's folder.</param>
/// <param name="CheckFiles">Check that files named by <c>x-file</c> fields exist.</param>
/// <param name="CheckGeometry">Read each image and mask and check that their grids match (slow for large manifests).</param>
/// <param name="GeometryTolerance">Tolerance of the geometry comparison (mm and direction cosines).</param>
/// <param name="References">Tables that foreign keys point at, by resource name (e.g. <c>clinical</c> → path). A
/// resource not listed is looked for as <c>&lt;name&gt;.csv</c> beside the table; when that is absent too, its foreign
/// keys are reported as unchecked in <see cref="ValidationReport"/> via a <see cref="ViolationRule.ForeignKey"/> violation.</param>
public sealed record ValidationOptions(
    string? BaseDirectory = null,
    bool CheckFiles = true,
    bool CheckGeometry = false,
    double GeometryTolerance = ImageGeometry.DefaultTolerance,
    IReadOnlyDictionary<string, string>? References = null)
{
    public static ValidationOptions Default { get; } = new();
}
