using System.Text.Json;

namespace DlRadiomics.Tests.Imaging;

/// <summary>What pydicom reads from the DICOM fixtures (Golden/Imaging/dicom_golden.json, made by make_dicom_fixtures.py).</summary>
internal static class DicomGolden
{
    private static readonly Lazy<JsonElement> Root = new(() => JsonDocument.Parse(System.IO.File.ReadAllText(RepoPaths.Golden("Imaging/dicom_golden.json"))).RootElement);

    public static JsonElement File(string name) => Root.Value.GetProperty("files").GetProperty(name);
    public static JsonElement Series(string uid) => Root.Value.GetProperty("series").GetProperty(uid);
    public static IEnumerable<string> SeriesUids => Root.Value.GetProperty("series").EnumerateObject().Select(p => p.Name);

    /// <summary>Fixture files pydicom could decode (uncompressed) or could not (compressed), by name.</summary>
    public static IEnumerable<object[]> Files(bool decodable) =>
        Root.Value.GetProperty("files").EnumerateObject().Where(p => p.Value.TryGetProperty("values_i_fastest", out _) == decodable).Select(p => new object[] { p.Name });

    public static double[] Doubles(this JsonElement e, string property) => e.GetProperty(property).EnumerateArray().Select(v => v.GetDouble()).ToArray();
}
