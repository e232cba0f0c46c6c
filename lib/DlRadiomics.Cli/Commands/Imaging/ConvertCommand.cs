using System.CommandLine;
using System.Globalization;
using DlRadiomics.Imaging;
using DlRadiomics.Imaging.Dicom;

namespace DlRadiomics.Cli.Commands.Imaging;

/// <summary>
/// <c>dlr convert</c>: a DICOM series to a NIfTI image, or an RTSTRUCT ROI to a NIfTI label mask on the series' grid
/// (what dcm2niix and plastimatch do).
/// </summary>
public sealed class ConvertCommand : Verb
{
    private readonly Option<string> _dicom = CliOption.Required("--dicom", "folder of the image series (one file per slice; non-DICOM files are skipped)", "DIR");
    private readonly Option<string?> _seriesUid = CliOption.Text("--series-uid", "SeriesInstanceUID to read when the folder holds several series (the error lists them)", "UID");
    private readonly Option<string?> _rtstruct = CliOption.Text("--rtstruct", "RT Structure Set whose ROI is rasterised onto the series' grid (label 1)", "FILE");
    private readonly Option<string?> _roi = CliOption.Text("--roi", "ROI to rasterise (the error lists the ROI names when it is missing or wrong)", "NAME");
    private readonly Option<string> _out = CliOption.Required("--out", "output .nii or .nii.gz (images as float64, masks as int16; sform and qform set)", "FILE");
    private readonly Option<bool> _force = CliOption.Flag("--force", "overwrite --out if it exists");

    public ConvertCommand() : base("convert", "convert a DICOM series, or an RTSTRUCT ROI, to NIfTI") => Add(_dicom, _seriesUid, _rtstruct, _roi, _out, _force);

    public override string Notes => """
        Examples:
          dlr convert --dicom SERIES_DIR [--series-uid UID] --out IMAGE.nii.gz
          dlr convert --rtstruct RS.dcm --dicom SERIES_DIR --roi NAME [--series-uid UID] --out MASK.nii.gz
        """;

    protected override IEnumerable<string> Validate(ParseResult parse)
    {
        string? output = parse.GetValue(_out), rtstruct = parse.GetValue(_rtstruct), roi = parse.GetValue(_roi);
        if (output is not null && !output.EndsWith(".nii", StringComparison.OrdinalIgnoreCase) && !output.EndsWith(".nii.gz", StringComparison.OrdinalIgnoreCase))
            yield return $"--out must end in .nii or .nii.gz, got '{output}'";
        if (roi is not null && rtstruct is null) yield return "--roi needs --rtstruct";
        if (rtstruct is not null && roi is null)
            yield return $"--rtstruct needs --roi; {rtstruct} has: " + string.Join(", ", RtStructReader.RoiNames(rtstruct).Select(n => $"'{n}'"));
    }

    protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        string dicom = parse.GetValue(_dicom)!, output = parse.GetValue(_out)!;
        string? seriesUid = parse.GetValue(_seriesUid), rtstruct = parse.GetValue(_rtstruct), roi = parse.GetValue(_roi);
        if (File.Exists(output) && !parse.GetValue(_force))
        {
            stderr.WriteLine($"dlr convert: error: {output} exists; give --force to overwrite it");
            return 1;
        }

        if (rtstruct is null)
        {
            var image = DicomSeriesReader.Read(dicom, seriesUid);
            NiftiWriter.Write(image, output);
            stdout.WriteLine($"wrote {output}: {Describe(image.Geometry)}");
        }
        else
        {
            var mask = ImageFile.ReadMask(rtstruct, roi, dicom, seriesUid);
            NiftiWriter.Write(mask, output);
            long voxels = mask.Labels.LongCount(l => l != 0);
            stdout.WriteLine($"wrote {output}: ROI '{roi}', {voxels} voxels; {Describe(mask.Geometry)}");
        }
        return 0;
    }

    private static string Describe(ImageGeometry g) =>
        string.Create(CultureInfo.InvariantCulture, $"size {g.Size}, spacing {g.Spacing}, origin {g.Origin}");
}
