using System.Globalization;
using DlRadiomics.Imaging;
using DlRadiomics.Imaging.Dicom;

namespace DlRadiomics.Cli.Commands.Imaging;

/// <summary>
/// <c>dlr convert</c>: a DICOM series to a NIfTI image, or an RTSTRUCT ROI to a NIfTI label mask on the series' grid
/// (what dcm2niix and plastimatch do).
/// </summary>
public sealed class ConvertCommand : ICommand
{
    public string Name => "convert";
    public string Summary => "convert a DICOM series, or an RTSTRUCT ROI, to NIfTI";
    public string Usage => """
        usage: dlr convert --dicom SERIES_DIR [--series-uid UID] --out IMAGE.nii.gz [--force]
               dlr convert --rtstruct RS.dcm --dicom SERIES_DIR --roi NAME [--series-uid UID] --out MASK.nii.gz [--force]

          --dicom DIR        folder of the image series (one file per slice; non-DICOM files are skipped)
          --series-uid UID   SeriesInstanceUID to read when the folder holds several series (the error lists them)
          --rtstruct FILE    RT Structure Set whose ROI is rasterised onto the series' grid (label 1)
          --roi NAME         ROI to rasterise (the error lists the ROI names when it is missing or wrong)
          --out FILE         output .nii or .nii.gz (images as float64, masks as int16; sform and qform set)
          --force            overwrite --out if it exists
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        string dicom = args.Required("dicom");
        string? seriesUid = args.Optional("series-uid");
        string? rtstruct = args.Optional("rtstruct");
        string? roi = args.Optional("roi");
        string output = args.Required("out");
        bool force = args.Flag("force");
        args.EnsureAllUsed();

        if (!output.EndsWith(".nii", StringComparison.OrdinalIgnoreCase) && !output.EndsWith(".nii.gz", StringComparison.OrdinalIgnoreCase))
            throw new UsageException($"--out must end in .nii or .nii.gz, got '{output}'");
        if (roi is not null && rtstruct is null) throw new UsageException("--roi needs --rtstruct");
        if (rtstruct is not null && roi is null)
            throw new UsageException($"--rtstruct needs --roi; {rtstruct} has: " + string.Join(", ", RtStructReader.RoiNames(rtstruct).Select(n => $"'{n}'")));
        if (File.Exists(output) && !force)
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
