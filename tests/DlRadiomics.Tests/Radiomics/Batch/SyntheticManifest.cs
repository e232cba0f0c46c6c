using DlRadiomics.Imaging;

namespace DlRadiomics.Tests.Radiomics.Batch;

/// <summary>A manifest of small synthetic cases (NIfTI image and mask per case) for batch, shard and merge tests.</summary>
internal static class SyntheticManifest
{
    /// <summary>
    /// Writes <paramref name="cases"/> cases into <paramref name="folder"/> and a manifest <c>manifest.csv</c> with
    /// paths relative to it; each case differs in size, texture and ROI. Cases listed in
    /// <paramref name="emptyMasks"/> get a mask without the ROI label, so their extraction fails.
    /// </summary>
    public static string Write(string folder, int cases, params int[] emptyMasks)
    {
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        var lines = new List<string> { "ID,Image,Mask" };
        for (int n = 0; n < cases; n++)
        {
            var image = SyntheticVolumes.Textured(10 + n % 5, 9 + n % 4, 3 + n % 2);
            for (int v = 0; v < image.Voxels.Length; v++) image.Voxels[v] = (image.Voxels[v] * (n + 3)) % 97;
            var mask = SyntheticVolumes.Mask(image.Geometry, (i, j, k) => !emptyMasks.Contains(n) && i > 1 + n % 3 && i < 8 && j > 1 && j < 7 - n % 2);
            string id = $"case{n + 1:D3}";
            NiftiWriter.Write(image, Path.Combine(folder, "images", id + "_image.nii.gz"));
            NiftiWriter.Write(mask, Path.Combine(folder, "images", id + "_mask.nii.gz"));
            lines.Add($"{id},images/{id}_image.nii.gz,images/{id}_mask.nii.gz");
        }
        string manifest = Path.Combine(folder, "manifest.csv");
        File.WriteAllLines(manifest, lines);
        return manifest;
    }
}
