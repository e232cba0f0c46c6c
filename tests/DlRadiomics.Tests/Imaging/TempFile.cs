namespace DlRadiomics.Tests.Imaging;

/// <summary>Fresh paths under a per-run temporary folder for files the tests write.</summary>
internal static class TempFile
{
    private static readonly string Root = Directory.CreateTempSubdirectory("dlr-imaging-tests-").FullName;

    public static string Path(string extension) => System.IO.Path.Combine(Root, Guid.NewGuid().ToString("N") + extension);

    public static string Folder()
    {
        string path = System.IO.Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
