using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DlRadiomics.Deep;

/// <summary>
/// NumPy's <c>.npy</c> format (version 1.0): a magic string, a header dictionary (<c>descr</c>, <c>fortran_order</c>,
/// <c>shape</c>) padded so the data starts on a 64-byte boundary, then the raw little-endian values. Writes float32
/// in C order; reads float32, float64, int16, int32, uint8 and bool (C order) as doubles.
/// </summary>
public static partial class NpyFile
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Writes <paramref name="values"/> as a float32 array of <paramref name="shape"/> (C order).</summary>
    public static void Write(Stream stream, ReadOnlySpan<float> values, IReadOnlyList<long> shape)
    {
        long count = shape.Aggregate(1L, (a, b) => a * b);
        if (count != values.Length) throw new ArgumentException($"shape ({string.Join(", ", shape)}) holds {count} values, not {values.Length}", nameof(shape));
        string dims = shape.Count == 1 ? $"{shape[0]}," : string.Join(", ", shape);
        string dict = $"{{'descr': '<f4', 'fortran_order': False, 'shape': ({dims}), }}";
        int unpadded = Magic.Length + 2 + 2 + dict.Length + 1;
        string header = dict + new string(' ', (64 - unpadded % 64) % 64) + "\n";
        stream.Write(Magic);
        stream.Write([1, 0]);
        stream.Write(BitConverter.GetBytes((ushort)header.Length));
        stream.Write(Encoding.ASCII.GetBytes(header));
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("writing .npy needs a little-endian machine");
        stream.Write(bytes);
    }

    /// <summary>Reads a C-order array: its values as doubles and its shape.</summary>
    public static (double[] Values, long[] Shape) Read(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        if (!reader.ReadBytes(6).SequenceEqual(Magic)) throw new IOException($"{path}: not a .npy file (no \\x93NUMPY magic)");
        int major = reader.ReadByte();
        reader.ReadByte();
        int headerLength = major == 1 ? reader.ReadUInt16() : (int)reader.ReadUInt32();
        string header = Encoding.Latin1.GetString(reader.ReadBytes(headerLength));
        var descr = DescrPattern().Match(header);
        var shapeMatch = ShapePattern().Match(header);
        if (!descr.Success || !shapeMatch.Success) throw new IOException($"{path}: unreadable .npy header '{header.Trim()}'");
        if (header.Contains("'fortran_order': True")) throw new IOException($"{path}: Fortran-order arrays are not read; save with np.ascontiguousarray");
        var shape = shapeMatch.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        long count = shape.Aggregate(1L, (a, b) => a * b);
        var values = new double[count];
        Func<double> next = descr.Groups[1].Value switch
        {
            "<f4" => () => reader.ReadSingle(),
            "<f8" => reader.ReadDouble,
            "<i2" => () => reader.ReadInt16(),
            "<i4" => () => reader.ReadInt32(),
            "|u1" => () => reader.ReadByte(),
            "|b1" => () => reader.ReadByte(),
            var other => throw new IOException($"{path}: element type '{other}' is not read (float32, float64, int16, int32, uint8, bool are)"),
        };
        for (long n = 0; n < count; n++) values[n] = next();
        return (values, shape);
    }

    [GeneratedRegex(@"'descr':\s*'([^']+)'")]
    private static partial Regex DescrPattern();

    [GeneratedRegex(@"'shape':\s*\(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
