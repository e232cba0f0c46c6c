using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace DlRadiomics.Tests.Fuzz;

/// <summary>The ways <see cref="InputMutator"/> damages a file.</summary>
public enum Mutation
{
    /// <summary>One to eight bytes XOR-ed with a random non-zero value.</summary>
    FlipBytes,
    /// <summary>The file cut at a random length (possibly empty).</summary>
    Truncate,
    /// <summary>One to sixteen random bytes inserted at a random position.</summary>
    InsertJunk,
    /// <summary>A 2- or 4-byte little-endian field overwritten with an extreme integer or float bit pattern.</summary>
    ExtremeField,
    /// <summary>A decimal number in the text replaced by a huge, negative, NaN, infinite or non-numeric value.</summary>
    TextNumber,
    /// <summary>Stray bytes glued to a decimal number in the text (<c>36</c> → <c>36\u0001x</c>).</summary>
    StrayBytesAfterNumber,
    /// <summary>
    /// The gzip stream (the whole file, or the payload after a NRRD header) inflated, mutated by one of the byte
    /// mutations above, and deflated again, so the damage reaches the decompressed header and data.
    /// </summary>
    InsideGzip,
}

/// <summary>
/// Seeded mutations of a file's bytes for the readers' fuzz test. The same seed gives the same mutated bytes, so a
/// failure is reproduced from the seed printed with it.
/// </summary>
public sealed class InputMutator(int seed)
{
    private static readonly Regex Number = new(@"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?", RegexOptions.Compiled);

    /// <summary>Replacement values for numbers in text: extreme, negative, non-finite, not a number at all.</summary>
    private static readonly string[] TextValues =
    [
        "1000000000000", "1e12", "99999999999999999999999", "2147483648", "-1", "-2147483649", "0", "-0", "NaN", "nan",
        "inf", "-Infinity", "1e309", "-1e308", "4.9e-324", "12abc", "0x1F", "1,5", "", " ", "(1,2,3)", "\u0000", "\u00ff\u00fe",
    ];

    /// <summary>Bit patterns written over binary fields: integer extremes and float NaN, ±∞, 1e12, −1, tiny.</summary>
    private static readonly uint[] FieldValues =
    [
        0, 1, 0xFFFF, 0x7FFF, 0x8000, 0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 0x7FC00000, 0x7F800000, 0xFF800000, 0x5368D4A5,
        0xBF800000, 0x00000001, 0x4F000000,
    ];

    private readonly Random _random = new(seed);

    /// <summary>The mutations that make sense for a file: text ones for text formats, gzip ones for gzip files.</summary>
    public static IReadOnlyList<Mutation> For(bool text, bool gzip)
    {
        var kinds = new List<Mutation> { Mutation.FlipBytes, Mutation.Truncate, Mutation.InsertJunk, Mutation.ExtremeField };
        if (text) kinds.AddRange([Mutation.TextNumber, Mutation.StrayBytesAfterNumber, Mutation.TextNumber, Mutation.StrayBytesAfterNumber]);
        if (gzip) kinds.AddRange([Mutation.InsideGzip, Mutation.InsideGzip]);
        return kinds;
    }

    /// <summary>
    /// Mutates <paramref name="original"/> by <paramref name="kind"/>; positions fall in the first
    /// <paramref name="focus"/> bytes (the header) half of the time, so header fields are hit often.
    /// </summary>
    public byte[] Apply(byte[] original, Mutation kind, int focus)
    {
        return kind switch
        {
            Mutation.FlipBytes => FlipBytes(original, focus),
            Mutation.Truncate => original[.._random.Next(original.Length)],
            Mutation.InsertJunk => InsertJunk(original, focus),
            Mutation.ExtremeField => ExtremeField(original, focus),
            Mutation.TextNumber => ReplaceNumber(original, focus, m => TextValues[_random.Next(TextValues.Length)]),
            Mutation.StrayBytesAfterNumber => ReplaceNumber(original, focus, m => m + Junk(1 + _random.Next(3))),
            Mutation.InsideGzip => InsideGzip(original),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private int Position(int length, int focus) =>
        length == 0 ? 0 : _random.Next(2) == 0 ? _random.Next(Math.Min(length, Math.Max(1, focus))) : _random.Next(length);

    private byte[] FlipBytes(byte[] original, int focus)
    {
        var bytes = (byte[])original.Clone();
        if (bytes.Length == 0) return bytes;
        int count = 1 + _random.Next(8);
        for (int n = 0; n < count; n++) bytes[Position(bytes.Length, focus)] ^= (byte)(1 + _random.Next(255));
        return bytes;
    }

    private byte[] InsertJunk(byte[] original, int focus)
    {
        int at = Position(original.Length + 1, focus);
        return [.. original[..at], .. Encoding.Latin1.GetBytes(Junk(1 + _random.Next(16))), .. original[at..]];
    }

    private string Junk(int length)
    {
        var chars = new char[length];
        for (int n = 0; n < length; n++) chars[n] = (char)_random.Next(256);
        return new string(chars);
    }

    private byte[] ExtremeField(byte[] original, int focus)
    {
        var bytes = (byte[])original.Clone();
        if (bytes.Length < 4) return bytes;
        int at = Position(bytes.Length - 3, focus) & ~1;
        uint value = FieldValues[_random.Next(FieldValues.Length)];
        if (_random.Next(2) == 0)
        {
            ushort half = (ushort)(value & 0xFFFF) is var low && low != 0 ? low : (ushort)(value >> 16);
            (bytes[at], bytes[at + 1]) = ((byte)half, (byte)(half >> 8));
        }
        else BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), value);
        return bytes;
    }

    private byte[] ReplaceNumber(byte[] original, int focus, Func<string, string> replace)
    {
        string text = Encoding.Latin1.GetString(original);
        var matches = Number.Matches(text[..Math.Min(text.Length, Math.Max(focus, 1))]);
        if (matches.Count == 0) return FlipBytes(original, focus);
        var m = matches[_random.Next(matches.Count)];
        return Encoding.Latin1.GetBytes(text[..m.Index] + replace(m.Value) + text[(m.Index + m.Length)..]);
    }

    private byte[] InsideGzip(byte[] original)
    {
        int start = original.AsSpan().IndexOf([(byte)0x1f, (byte)0x8b]);
        if (start < 0) return FlipBytes(original, original.Length);
        byte[] inflated;
        try
        {
            using var input = new GZipStream(new MemoryStream(original, start, original.Length - start), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            inflated = buffer.ToArray();
        }
        catch (InvalidDataException) { return FlipBytes(original, original.Length); }
        var kind = (Mutation)_random.Next((int)Mutation.ExtremeField + 1);
        var mutated = Apply(inflated, kind, focus: 600);
        using var output = new MemoryStream();
        output.Write(original, 0, start);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(mutated);
        return output.ToArray();
    }
}
