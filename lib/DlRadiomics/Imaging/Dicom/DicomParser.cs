using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DlRadiomics.Imaging.Dicom;

/// <summary>
/// Parses DICOM Part 10 files (PS3.10 §7): the 128-byte preamble and <c>DICM</c>, the explicit-VR little-endian file
/// meta group, then the data set in its transfer syntax — implicit or explicit VR, little or big endian, deflated —
/// with sequences and items of defined or undefined length. Files without the preamble are accepted when they start
/// with a plausible element.
/// </summary>
internal sealed class DicomParser
{
    private static readonly HashSet<string> LongLengthVrs = ["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"];
    private static readonly HashSet<string> KnownVrs =
    [
        "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO", "LT", "OB", "OD", "OF", "OL", "OV", "OW", "PN", "SH",
        "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN", "UR", "US", "UT", "UV",
    ];

    /// <summary>Deeper nesting than any IOD defines; the limit keeps a corrupt file from exhausting the stack.</summary>
    private const int MaxSequenceDepth = 64;

    private readonly Stream _stream;
    private readonly string _path;
    private readonly long _length;
    private readonly bool _loadPixelData;
    private TransferSyntax _syntax;
    private Encoding _text = Encoding.Latin1;
    private long _position;
    private int _depth;

    private DicomParser(Stream stream, string path, long start, long length, TransferSyntax syntax, bool loadPixelData)
    {
        _stream = stream;
        _path = path;
        _position = start;
        _length = length;
        _syntax = syntax;
        _loadPixelData = loadPixelData;
    }

    /// <summary>
    /// Reads a file. Unless <paramref name="loadPixelData"/>, the pixel data of an uncompressed file is left on disk and
    /// its element records the offset (a series reader then reads one slice at a time).
    /// </summary>
    public static DicomFile ReadFile(string path, bool loadPixelData)
    {
        if (!File.Exists(path)) throw new DicomFormatException(path, "no such file");
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        long length = file.Length;
        var head = new byte[132];
        int got = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);

        DicomDataset meta;
        long dataStart;
        TransferSyntax syntax;
        if (got == 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M')
        {
            var metaParser = new DicomParser(file, path, 132, length, TransferSyntax.ExplicitVrLittleEndian, true);
            meta = metaParser.ReadMetaGroup();
            dataStart = metaParser._position;
            string? uid = meta.GetString(DicomTag.TransferSyntaxUid);
            if (string.IsNullOrEmpty(uid)) throw new DicomFormatException(path, "the file meta information has no TransferSyntaxUID (0002,0010)");
            syntax = TransferSyntax.FromUid(uid);
        }
        else
        {
            syntax = GuessRawSyntax(head.AsSpan(0, got)) ?? throw new NotDicomException(path);
            meta = new DicomDataset(path, TransferSyntax.ExplicitVrLittleEndian, Encoding.Latin1);
            dataStart = 0;
        }
        if (syntax.CompressedPixels) throw new UnsupportedTransferSyntaxException(path, syntax);

        file.Position = dataStart;
        DicomDataset dataset;
        if (syntax.Deflated)
        {
            using var inflated = new DeflateStream(file, CompressionMode.Decompress, leaveOpen: true);
            long inflatedLimit = (length - dataStart) * VoxelPayload.MaxDeflateExpansion;
            dataset = new DicomParser(new BufferedStream(inflated), path, 0, inflatedLimit, syntax, true).ReadTopLevel();
        }
        else dataset = new DicomParser(file, path, dataStart, length, syntax, loadPixelData).ReadTopLevel();
        return new DicomFile(path, meta, dataset, syntax);
    }

    /// <summary>Parses the value bytes of a sequence element that was read without a known VR.</summary>
    public static IReadOnlyList<DicomDataset> ParseSequenceBytes(byte[] bytes, string path, TransferSyntax syntax, Encoding text)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var parser = new DicomParser(stream, path, 0, bytes.Length, syntax, true) { _text = text, _depth = 1 };
        return parser.ReadSequence((uint)bytes.Length);
    }

    // A preamble-less file: accept it when it starts with a group 0002 or 0008 element; explicit VR if a VR follows.
    private static TransferSyntax? GuessRawSyntax(ReadOnlySpan<byte> head)
    {
        if (head.Length < 8) return null;
        ushort group = BinaryPrimitives.ReadUInt16LittleEndian(head);
        if (group is not (0x0002 or 0x0008)) return null;
        string vr = Encoding.ASCII.GetString(head.Slice(4, 2));
        return KnownVrs.Contains(vr) ? TransferSyntax.ExplicitVrLittleEndian : TransferSyntax.ImplicitVrLittleEndian;
    }

    private DicomDataset ReadMetaGroup()
    {
        var meta = new DicomDataset(_path, TransferSyntax.ExplicitVrLittleEndian, Encoding.ASCII);
        long end = -1;
        while (end < 0 || _position < end)
        {
            long before = _position;
            var tagBytes = new byte[2];
            if (_stream.ReadAtLeast(tagBytes, 2, throwOnEndOfStream: false) < 2)
                throw new DicomFormatException(_path, "file ends inside the file meta information (truncated file?)");
            _stream.Position = before;
            if (BinaryPrimitives.ReadUInt16LittleEndian(tagBytes) != 0x0002) break;
            var element = ReadElement();
            meta.Add(element);
            if (element.Tag == DicomTag.FileMetaInformationGroupLength && meta.GetNumber(element.Tag) is double groupLength)
                end = _position + (long)groupLength;
        }
        return meta;
    }

    private DicomDataset ReadTopLevel()
    {
        var dataset = new DicomDataset(_path, _syntax, _text);
        while (TryReadTag(out var tag))
        {
            var element = ReadElementAfterTag(tag);
            if (element is null) continue;
            dataset.Add(element);
            if (element.Tag == DicomTag.SpecificCharacterSet) dataset.Text = _text = CharacterSet(dataset.GetString(element.Tag));
        }
        return dataset;
    }

    private static Encoding CharacterSet(string? value) => value?.Contains("ISO_IR 192", StringComparison.Ordinal) == true ? Encoding.UTF8 : Encoding.Latin1;

    // Reads the data set of one item: up to `end`, or to an item delimiter when the length is undefined.
    private DicomDataset ReadItem(long end)
    {
        var dataset = new DicomDataset(_path, _syntax, _text);
        while (end < 0 || _position < end)
        {
            var tag = ReadTag();
            if (tag == DicomTag.ItemDelimitationItem)
            {
                ReadUInt32();
                break;
            }
            var element = ReadElementAfterTag(tag);
            if (element is not null) dataset.Add(element);
        }
        if (end >= 0 && _position != end)
            throw new DicomFormatException(_path, $"an item's elements overrun its declared length at byte {_position}");
        return dataset;
    }

    private IReadOnlyList<DicomDataset> ReadSequence(uint length)
    {
        var items = new List<DicomDataset>();
        long end = length == DicomElement.UndefinedLength ? -1 : _position + length;
        if (++_depth > MaxSequenceDepth)
            throw new DicomFormatException(_path, $"sequences nest more than {MaxSequenceDepth} deep at byte {_position} (corrupt file?)");
        while (end < 0 || _position < end)
        {
            var tag = ReadTag();
            uint itemLength = ReadUInt32();
            if (tag == DicomTag.SequenceDelimitationItem) break;
            if (tag != DicomTag.Item)
                throw new DicomFormatException(_path, $"expected an item (FFFE,E000) inside a sequence at byte {_position - 8}, found {tag}");
            items.Add(ReadItem(itemLength == DicomElement.UndefinedLength ? -1 : _position + itemLength));
        }
        _depth--;
        return items;
    }

    private DicomElement ReadElement() => ReadElementAfterTag(ReadTag())
        ?? throw new DicomFormatException(_path, "unexpected delimiter in the file meta information");

    // Returns null for stray delimiters, which some writers leave at the top level.
    private DicomElement? ReadElementAfterTag(DicomTag tag)
    {
        string vr;
        uint length;
        if (tag.Group == 0xFFFE)
        {
            ReadUInt32();
            return null;
        }
        if (_syntax.ExplicitVr)
        {
            var vrBytes = ReadBytes(2, tag);
            vr = Encoding.ASCII.GetString(vrBytes);
            if (!KnownVrs.Contains(vr))
                throw new DicomFormatException(_path, $"element {DicomDictionary.NameOf(tag)} at byte {_position - 6} has invalid VR '{vr}' for {_syntax.Name} (corrupt file, or wrong transfer syntax in the meta header)");
            if (LongLengthVrs.Contains(vr))
            {
                ReadBytes(2, tag);
                length = ReadUInt32();
            }
            else length = ReadUInt16();
        }
        else
        {
            vr = DicomDictionary.VrOf(tag);
            length = ReadUInt32();
        }

        if (tag == DicomTag.PixelData && _depth == 0)
        {
            if (length == DicomElement.UndefinedLength)
                throw new DicomFormatException(_path, $"pixel data is encapsulated (compressed) although the transfer syntax is {_syntax.Name}");
            if (!_loadPixelData && _stream.CanSeek)
            {
                CheckRemaining(length, tag);
                var element = new DicomElement(tag, vr, _position, length);
                _position += length;
                _stream.Seek(length, SeekOrigin.Current);
                return element;
            }
        }
        if (vr == "SQ" || length == DicomElement.UndefinedLength)
        {
            // An undefined-length UN element is a sequence encoded in implicit VR little endian (PS3.5 §6.2.2).
            var saved = _syntax;
            if (vr == "UN" && _syntax.ExplicitVr) _syntax = TransferSyntax.ImplicitVrLittleEndian;
            var items = ReadSequence(length);
            _syntax = saved;
            return new DicomElement(tag, "SQ", items);
        }
        return new DicomElement(tag, vr, ReadBytes(length, tag));
    }

    private bool TryReadTag(out DicomTag tag)
    {
        Span<byte> b = stackalloc byte[4];
        int got = _stream.ReadAtLeast(b, 4, throwOnEndOfStream: false);
        if (got == 0) { tag = default; return false; }
        if (got < 4) throw Truncated("an element tag");
        _position += 4;
        tag = _syntax.BigEndian
            ? new DicomTag(BinaryPrimitives.ReadUInt16BigEndian(b), BinaryPrimitives.ReadUInt16BigEndian(b[2..]))
            : new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(b), BinaryPrimitives.ReadUInt16LittleEndian(b[2..]));
        return true;
    }

    private DicomTag ReadTag() => TryReadTag(out var tag) ? tag : throw Truncated("a sequence or item (missing delimiter)");

    private ushort ReadUInt16()
    {
        Span<byte> b = stackalloc byte[2];
        ReadExactly(b, "an element length");
        return _syntax.BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b);
    }

    private uint ReadUInt32()
    {
        Span<byte> b = stackalloc byte[4];
        ReadExactly(b, "an element length");
        return _syntax.BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b);
    }

    private byte[] ReadBytes(uint length, DicomTag tag)
    {
        CheckRemaining(length, tag);
        var bytes = new byte[length];
        ReadExactly(bytes, $"the value of {DicomDictionary.NameOf(tag)}");
        return bytes;
    }

    private void CheckRemaining(uint length, DicomTag tag)
    {
        if (_length >= 0 && _position + length > _length)
            throw new DicomFormatException(_path, $"element {DicomDictionary.NameOf(tag)} declares {length} bytes but the file ends {_length - _position} bytes later (truncated file?)");
    }

    private void ReadExactly(Span<byte> target, string what)
    {
        if (_stream.ReadAtLeast(target, target.Length, throwOnEndOfStream: false) < target.Length) throw Truncated(what);
        _position += target.Length;
    }

    private DicomFormatException Truncated(string what) =>
        new(_path, $"file ends inside {what} at byte {_position} (truncated file?)");
}
