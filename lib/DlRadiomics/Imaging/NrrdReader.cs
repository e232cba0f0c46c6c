using System.Globalization;
using System.IO.Compression;

namespace DlRadiomics.Imaging;

/// <summary>
/// Reads NRRD files (attached or detached data, raw or gzip encoding) as written by 3D Slicer, ITK and PyRadiomics'
/// test data. <c>space directions</c> and <c>space origin</c> give the geometry; RAS spaces are converted to LPS.
/// </summary>
public static class NrrdReader
{
    public static VoxelImage Read(string path) => ReadData(path, (payload, geometry, type, bigEndian) =>
    {
        var voxels = VoxelBuffers.Voxels(geometry.VoxelCount);
        VoxelDecoder.ReadInto(payload, type, bigEndian, voxels, path);
        return new VoxelImage(geometry, voxels) { StoredType = type };
    });

    /// <summary>Reads the file and rounds its values to integer labels.</summary>
    public static LabelMask ReadMask(string path) => ReadData(path, (payload, geometry, type, bigEndian) =>
    {
        var labels = VoxelBuffers.Labels(geometry.VoxelCount);
        VoxelDecoder.ReadChunks(payload, type, bigEndian, labels.LongLength, path, (start, chunk) => LabelMask.RoundToLabels(chunk, labels.AsSpan((int)start)));
        return new LabelMask(geometry, labels);
    });

    /// <summary>Parses the header and hands the decoded payload stream (attached or detached, raw or gzip) to <paramref name="read"/>.</summary>
    private static T ReadData<T>(string path, Func<Stream, ImageGeometry, VoxelType, bool, T> read)
    {
        using var stream = File.OpenRead(path);
        var header = ReadHeader(stream, path);
        var geometry = Geometry(header, path);
        var type = ParseType(Field(header, "type", path), path);
        bool bigEndian = header.TryGetValue("endian", out var e) && e.Trim() == "big";
        string encoding = header.TryGetValue("encoding", out var enc) ? enc.Trim() : "raw";

        Stream data = stream;
        FileStream? detached = null;
        if (header.TryGetValue("data file", out var dataFile) || header.TryGetValue("datafile", out dataFile))
        {
            string dataPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, dataFile.Trim());
            if (!File.Exists(dataPath)) throw new ImageFormatException(path, $"detached data file '{HeaderValue.Show(dataPath)}' does not exist");
            data = detached = File.OpenRead(dataPath);
        }
        try
        {
            bool gzip = encoding is "gzip" or "gz";
            if (!gzip && encoding != "raw")
                throw new ImageFormatException(path, $"NRRD encoding '{HeaderValue.Show(encoding)}' is not supported (raw and gzip are)");
            var size = geometry.Size;
            VoxelPayload.EnsureFits(path, "NRRD 'sizes'", size.X, size.Y, size.Z, type, data.Length - data.Position, gzip);
            Stream payload = gzip ? new GZipStream(data, CompressionMode.Decompress) : data;
            try { return read(payload, geometry, type, bigEndian); }
            catch (InvalidDataException corrupt) { throw new ImageFormatException(path, $"the gzip-encoded voxel data is corrupt ({corrupt.Message})", corrupt); }
        }
        finally { detached?.Dispose(); }
    }

    private static Dictionary<string, string> ReadHeader(Stream stream, string path)
    {
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? magic = ReadLine(stream);
        if (magic is null || !magic.StartsWith("NRRD", StringComparison.Ordinal))
            throw new ImageFormatException(path, "not a NRRD file (missing 'NRRD000x' magic line)");
        while (ReadLine(stream) is { } line && line.Length > 0)
        {
            if (line.StartsWith('#')) continue;
            int colon = line.IndexOf(":=", StringComparison.Ordinal) >= 0 ? -1 : line.IndexOf(':');
            if (colon < 0) continue; // key:=value pairs are free-form metadata
            header[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return header;
    }

    // Reads one '\n'-terminated ASCII line byte by byte so the stream stays positioned at the data.
    private static string? ReadLine(Stream s)
    {
        var sb = new System.Text.StringBuilder();
        int b;
        while ((b = s.ReadByte()) >= 0 && b != '\n') if (b != '\r') sb.Append((char)b);
        return b < 0 && sb.Length == 0 ? null : sb.ToString();
    }

    private static string Field(Dictionary<string, string> h, string key, string path) =>
        h.TryGetValue(key, out var v) ? v : throw new ImageFormatException(path, $"NRRD header has no '{key}' field");

    private static ImageGeometry Geometry(Dictionary<string, string> h, string path)
    {
        int dim = ParseInt(Field(h, "dimension", path), "dimension", path);
        if (dim is < 2 or > 3) throw new ImageFormatException(path, $"NRRD dimension {dim} is not supported (2 or 3)");
        var sizes = Tokens(Field(h, "sizes", path)).Select(t => ParseInt(t, "sizes", path)).ToArray();
        if (sizes.Length != dim || sizes.Any(n => n < 1))
            throw new ImageFormatException(path, $"NRRD field 'sizes' is '{HeaderValue.Show(h["sizes"])}'; expected {dim} positive integers (dimension {dim})");
        var size = new Size3(sizes[0], sizes[1], dim == 3 ? sizes[2] : 1);

        var axes = new[] { new Vec3(1, 0, 0), new Vec3(0, 1, 0), new Vec3(0, 0, 1) };
        var spacing = new double[] { 1, 1, 1 };
        if (h.TryGetValue("space directions", out var dirs))
        {
            var vectors = Tokens(dirs).Where(t => t != "none").Select(t => ParseVector(t, "space directions", path)).ToArray();
            if (vectors.Length != dim)
                throw new ImageFormatException(path, $"NRRD field 'space directions' is '{HeaderValue.Show(dirs)}'; expected {dim} vectors (dimension {dim})");
            for (int a = 0; a < vectors.Length; a++)
            {
                var v = vectors[a];
                var v3 = new Vec3(v[0], v.Length > 1 ? v[1] : 0, v.Length > 2 ? v[2] : 0);
                spacing[a] = v3.Norm;
                if (!(spacing[a] > 0) || !double.IsFinite(spacing[a]))
                    throw new ImageFormatException(path, $"NRRD field 'space directions': vector {a + 1} of '{HeaderValue.Show(dirs)}' has length {spacing[a]}; each axis needs a finite non-zero direction");
                axes[a] = (1 / spacing[a]) * v3;
            }
            if (vectors.Length == 2) axes[2] = axes[0].Cross(axes[1]);
        }
        else if (h.TryGetValue("spacings", out var sp))
        {
            var s = Tokens(sp).Select(t => ParseDouble(t, "spacings", path)).ToArray();
            if (s.Length != dim || s.Any(v => !(v > 0)))
                throw new ImageFormatException(path, $"NRRD field 'spacings' is '{HeaderValue.Show(sp)}'; expected {dim} positive numbers (dimension {dim})");
            for (int a = 0; a < s.Length; a++) spacing[a] = s[a];
        }
        var originValues = h.TryGetValue("space origin", out var o) ? ParseVector(o, "space origin", path) : [0, 0, 0];
        var origin = new Vec3(originValues[0], originValues.Length > 1 ? originValues[1] : 0, originValues.Length > 2 ? originValues[2] : 0);

        string space = h.TryGetValue("space", out var sv) ? sv.Trim().ToLowerInvariant() : "left-posterior-superior";
        if (space is "right-anterior-superior" or "ras")
        {
            static Vec3 Flip(Vec3 v) => new(-v.X, -v.Y, v.Z);
            origin = Flip(origin);
            for (int a = 0; a < 3; a++) axes[a] = Flip(axes[a]);
        }
        return new ImageGeometry(size, new Vec3(spacing[0], spacing[1], spacing[2]), origin, Direction.FromAxes(axes[0], axes[1], axes[2]));
    }

    private static string[] Tokens(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A vector <c>(x,y,z)</c> of one to three finite numbers; the error names the field and the text.</summary>
    private static double[] ParseVector(string text, string field, string path)
    {
        string t = text.Trim();
        if (t.Length < 2 || t[0] != '(' || t[^1] != ')')
            throw new ImageFormatException(path, $"NRRD field '{field}': '{HeaderValue.Show(text)}' is not a vector such as (1,0,0)");
        var values = t[1..^1].Split(',').Select(c => ParseDouble(c, field, path)).ToArray();
        if (values.Length > 3)
            throw new ImageFormatException(path, $"NRRD field '{field}': '{HeaderValue.Show(text)}' has {values.Length} components; at most 3 are supported");
        return values;
    }

    private static double ParseDouble(string text, string field, string path) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v
            : throw new ImageFormatException(path, $"NRRD field '{field}': '{HeaderValue.Show(text)}' is not a finite number");

    private static int ParseInt(string text, string field, string path) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v
            : throw new ImageFormatException(path, $"NRRD field '{field}': '{HeaderValue.Show(text)}' is not an integer");

    private static VoxelType ParseType(string type, string path) => type.Trim().ToLowerInvariant() switch
    {
        "signed char" or "int8" or "int8_t" => VoxelType.Int8,
        "uchar" or "unsigned char" or "uint8" or "uint8_t" => VoxelType.UInt8,
        "short" or "short int" or "signed short" or "signed short int" or "int16" or "int16_t" => VoxelType.Int16,
        "ushort" or "unsigned short" or "unsigned short int" or "uint16" or "uint16_t" => VoxelType.UInt16,
        "int" or "signed int" or "int32" or "int32_t" => VoxelType.Int32,
        "uint" or "unsigned int" or "uint32" or "uint32_t" => VoxelType.UInt32,
        "longlong" or "long long" or "long long int" or "signed long long" or "signed long long int" or "int64" or "int64_t" => VoxelType.Int64,
        "ulonglong" or "unsigned long long" or "unsigned long long int" or "uint64" or "uint64_t" => VoxelType.UInt64,
        "float" => VoxelType.Float32,
        "double" => VoxelType.Float64,
        var t => throw new ImageFormatException(path, $"NRRD type '{HeaderValue.Show(t)}' is not supported"),
    };
}
