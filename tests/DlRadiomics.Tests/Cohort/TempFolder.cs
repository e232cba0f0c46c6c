using System.Globalization;
using System.Text;
using DlRadiomics.Imaging;

namespace DlRadiomics.Tests.Cohort;

/// <summary>A scratch folder deleted after the test, with helpers to write small tables and NRRD images into it.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "dlr-cohort-" + Guid.NewGuid().ToString("N")[..12]);

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    /// <summary>Writes a raw little-endian float NRRD of the given size and spacing filled with <paramref name="value"/>.</summary>
    public string WriteNrrd(string relative, Size3 size, Vec3 spacing, float value = 1)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var header = new StringBuilder()
            .Append("NRRD0004\ntype: float\ndimension: 3\nspace: left-posterior-superior\n")
            .Append(CultureInfo.InvariantCulture, $"sizes: {size.X} {size.Y} {size.Z}\n")
            .Append(CultureInfo.InvariantCulture, $"space directions: ({spacing.X},0,0) (0,{spacing.Y},0) (0,0,{spacing.Z})\n")
            .Append("space origin: (0,0,0)\nendian: little\nencoding: raw\n\n");
        using var stream = File.Create(path);
        stream.Write(Encoding.ASCII.GetBytes(header.ToString()));
        var bytes = new byte[size.Count * 4];
        for (long n = 0; n < size.Count; n++) BitConverter.TryWriteBytes(bytes.AsSpan((int)(n * 4)), value);
        stream.Write(bytes);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
