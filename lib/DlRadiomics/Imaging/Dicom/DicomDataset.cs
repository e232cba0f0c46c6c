using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace DlRadiomics.Imaging.Dicom;

/// <summary>
/// The elements of a DICOM data set (a file's top level or one sequence item) with typed accessors. Accessors decode
/// by VR: strings are trimmed of padding, DS/IS values parsed with the invariant culture, binary integers read in the
/// data set's byte order. Missing required values raise <see cref="DicomFormatException"/> naming the file and tag.
/// </summary>
public sealed class DicomDataset
{
    private readonly SortedDictionary<DicomTag, DicomElement> _elements = new();

    internal DicomDataset(string sourcePath, TransferSyntax syntax, Encoding text)
    {
        SourcePath = sourcePath;
        Syntax = syntax;
        Text = text;
    }

    public string SourcePath { get; }
    public TransferSyntax Syntax { get; }
    internal Encoding Text { get; set; }

    public IEnumerable<DicomElement> Elements => _elements.Values;

    internal void Add(DicomElement element) => _elements[element.Tag] = element;

    public bool Contains(DicomTag tag) => _elements.ContainsKey(tag);

    public DicomElement? Element(DicomTag tag) => _elements.GetValueOrDefault(tag);

    public string? GetString(DicomTag tag)
    {
        var e = Element(tag);
        if (e is null || e.Items is not null) return null;
        return Text.GetString(e.Value).TrimEnd(' ', '\0').TrimStart(' ');
    }

    public string[] GetStrings(DicomTag tag) =>
        GetString(tag) is { Length: > 0 } s ? s.Split('\\').Select(v => v.Trim(' ', '\0')).ToArray() : [];

    /// <summary>Decimal (DS), integer (IS) or binary numeric values as doubles.</summary>
    public double[] GetNumbers(DicomTag tag)
    {
        var e = Element(tag);
        if (e is null) return [];
        string vr = Vr(e);
        var b = e.Value.AsSpan();
        bool be = Syntax.BigEndian;
        return vr switch
        {
            "US" => Enumerable.Range(0, b.Length / 2).Select(n => (double)(be ? BinaryPrimitives.ReadUInt16BigEndian(e.Value.AsSpan(2 * n)) : BinaryPrimitives.ReadUInt16LittleEndian(e.Value.AsSpan(2 * n)))).ToArray(),
            "SS" => Enumerable.Range(0, b.Length / 2).Select(n => (double)(be ? BinaryPrimitives.ReadInt16BigEndian(e.Value.AsSpan(2 * n)) : BinaryPrimitives.ReadInt16LittleEndian(e.Value.AsSpan(2 * n)))).ToArray(),
            "UL" => Enumerable.Range(0, b.Length / 4).Select(n => (double)(be ? BinaryPrimitives.ReadUInt32BigEndian(e.Value.AsSpan(4 * n)) : BinaryPrimitives.ReadUInt32LittleEndian(e.Value.AsSpan(4 * n)))).ToArray(),
            "SL" => Enumerable.Range(0, b.Length / 4).Select(n => (double)(be ? BinaryPrimitives.ReadInt32BigEndian(e.Value.AsSpan(4 * n)) : BinaryPrimitives.ReadInt32LittleEndian(e.Value.AsSpan(4 * n)))).ToArray(),
            "FL" => Enumerable.Range(0, b.Length / 4).Select(n => (double)(be ? BinaryPrimitives.ReadSingleBigEndian(e.Value.AsSpan(4 * n)) : BinaryPrimitives.ReadSingleLittleEndian(e.Value.AsSpan(4 * n)))).ToArray(),
            "FD" => Enumerable.Range(0, b.Length / 8).Select(n => be ? BinaryPrimitives.ReadDoubleBigEndian(e.Value.AsSpan(8 * n)) : BinaryPrimitives.ReadDoubleLittleEndian(e.Value.AsSpan(8 * n))).ToArray(),
            _ => GetStrings(tag).Select(s => ParseNumber(s, tag)).ToArray(),
        };
    }

    public double? GetNumber(DicomTag tag) => GetNumbers(tag) is { Length: > 0 } v ? v[0] : null;

    public double RequireNumber(DicomTag tag) =>
        GetNumber(tag) ?? throw new DicomFormatException(SourcePath, $"required element {DicomDictionary.NameOf(tag)} is missing or empty");

    public double[] RequireNumbers(DicomTag tag, int count)
    {
        var v = GetNumbers(tag);
        if (v.Length != count)
            throw new DicomFormatException(SourcePath, v.Length == 0
                ? $"required element {DicomDictionary.NameOf(tag)} is missing or empty"
                : $"{DicomDictionary.NameOf(tag)} has {v.Length} values, expected {count}");
        return v;
    }

    public string RequireString(DicomTag tag) =>
        GetString(tag) is { Length: > 0 } s ? s : throw new DicomFormatException(SourcePath, $"required element {DicomDictionary.NameOf(tag)} is missing or empty");

    /// <summary>
    /// The items of a sequence. An element read without a known VR (implicit VR, tag not in the dictionary) is parsed
    /// as a sequence on each call (the data set itself is never modified, so it can be shared between threads); an
    /// absent element gives no items.
    /// </summary>
    public IReadOnlyList<DicomDataset> GetSequence(DicomTag tag)
    {
        var e = Element(tag);
        if (e is null) return [];
        if (e.Items is not null) return e.Items;
        var syntax = Syntax.ExplicitVr && e.Vr != "UN" ? Syntax : TransferSyntax.ImplicitVrLittleEndian;
        return DicomParser.ParseSequenceBytes(e.Value, SourcePath, syntax, Text);
    }

    private string Vr(DicomElement e) => e.Vr is "UN" or "" ? DicomDictionary.VrOf(e.Tag) : e.Vr;

    private double ParseNumber(string s, DicomTag tag) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw new DicomFormatException(SourcePath, $"{DicomDictionary.NameOf(tag)} holds '{s}', which is not a number");
}
