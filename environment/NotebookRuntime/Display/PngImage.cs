namespace DlRadiomics.Notebooks.Display;

/// <summary>A PNG picture to display: <c>display(PngImage.FromFile("plot.png"))</c>.</summary>
public sealed record PngImage(byte[] Bytes)
{
    public static PngImage FromFile(string path) => new(File.ReadAllBytes(path));

    public MimeBundle ToMimeBundle() =>
        MimeBundle.FromText($"<PNG image, {Bytes.Length} bytes>").With(MimeBundle.Png, Convert.ToBase64String(Bytes));
}
