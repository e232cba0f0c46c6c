using System.Globalization;
using System.Text;
using DlRadiomics.Deep;
using DlRadiomics.Tables;

namespace DlRadiomics.Radiomics.Batch;

/// <summary>
/// Deep features as a feature table: columns <c>ID</c>, then <c>dl_0000</c>, <c>dl_0001</c>… (one per network output),
/// and <c>error</c> when a case failed; readable by <see cref="ExtractedFeatures.Read"/> like a radiomics table.
/// </summary>
public static class DeepFeatureColumns
{
    public const string Prefix = "dl_";

    public static string Name(int index) => Prefix + index.ToString("D4", CultureInfo.InvariantCulture);

    public static void Write(string path, IReadOnlyList<DeepCaseOutcome> outcomes)
    {
        int width = outcomes.Where(o => o.Features is not null).Select(o => o.Features!.Values.Length).DefaultIfEmpty(0).Max();
        bool anyError = outcomes.Any(o => o.Failed);
        var csv = new StringBuilder("ID");
        for (int j = 0; j < width; j++) csv.Append(',').Append(Name(j));
        csv.Append(anyError ? ",error\n" : "\n");
        foreach (var o in outcomes)
        {
            csv.Append(CsvText.Field(o.Case.Id));
            for (int j = 0; j < width; j++)
                csv.Append(',').Append(o.Features is { } f ? f.Values[j].ToString("R", CultureInfo.InvariantCulture) : "");
            if (anyError) csv.Append(',').Append(CsvText.Field(o.Error ?? ""));
            csv.Append('\n');
        }
        AtomicFile.WriteText(path, overwrite: true, csv.ToString());
    }
}
