namespace DlRadiomics.Imaging.Dicom;

/// <summary>A DICOM file or series could not be read; the message names the file or folder and the problem.</summary>
public class DicomFormatException : ImageFormatException
{
    public DicomFormatException(string path, string problem) : base(path, problem) { }
    public DicomFormatException(string path, string problem, Exception inner) : base(path, problem, inner) { }
}

/// <summary>The file is not a DICOM Part 10 file (no <c>DICM</c> marker and no recognisable data set).</summary>
public sealed class NotDicomException(string path)
    : DicomFormatException(path, "not a DICOM file (no 'DICM' marker after the 128-byte preamble and no recognisable data set)");

/// <summary>The pixel data is compressed in a transfer syntax this reader does not decode.</summary>
public sealed class UnsupportedTransferSyntaxException(string path, TransferSyntax syntax)
    : DicomFormatException(path, $"unsupported transfer syntax {syntax.Uid} ({syntax.Name}); decompress the series first, e.g. with dcmtk: dcmdjpeg/dcmdrle/dcmdjpls in.dcm out.dcm, or gdcmconv --raw")
{
    public TransferSyntax TransferSyntax { get; } = syntax;
}

/// <summary>A folder holds several series and none was chosen; the message lists them.</summary>
public sealed class AmbiguousSeriesException(string folder, IReadOnlyList<DicomSeriesInfo> series)
    : DicomFormatException(folder, $"the folder holds {series.Count} image series; choose one with --series-uid UID (the seriesUid argument in the API):\n" +
        string.Join("\n", series.Select(s => $"  {s.SeriesInstanceUid}  {s.SliceCount} slices  {s.Modality} '{s.SeriesDescription}'")))
{
    public IReadOnlyList<DicomSeriesInfo> Series { get; } = series;
}
