using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Batch;

/// <summary>
/// Runs the extractor over many cases in parallel (one case per worker; the extractor is stateless). A case that fails
/// with a <see cref="DlRadiomicsException"/> or an I/O error is reported in its outcome and the batch goes on.
/// </summary>
public static class BatchExtraction
{
    /// <summary>Outcomes in the order of <paramref name="cases"/>; <paramref name="completed"/> is called as each case ends.</summary>
    public static IReadOnlyList<CaseOutcome> Run(
        IReadOnlyList<ExtractionCase> cases, RadiomicsExtractor extractor, int jobs, Action<CaseOutcome>? completed = null)
    {
        var outcomes = new CaseOutcome[cases.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) };
        Parallel.For(0, cases.Count, options, n =>
        {
            outcomes[n] = RunOne(cases[n], extractor);
            completed?.Invoke(outcomes[n]);
        });
        return outcomes;
    }

    /// <summary>
    /// Files of integer voxel type are resampled with truncation to integers, as SimpleITK casts back to the stored
    /// type. The readers do not report the stored type, so an image whose values are all integers is treated as signed
    /// integer data (exact for int16/int32 files; for unsigned files negative B-spline undershoots are kept, not clamped).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool IntegerValued(VoxelImage image)
    {
        foreach (double v in image.Voxels) if (v != Math.Floor(v)) return false;
        return true;
    }

    public static CaseOutcome RunOne(ExtractionCase c, RadiomicsExtractor extractor)
    {
        try
        {
            var image = ImageFile.ReadImage(c.ImagePath, c.SeriesUid);
            var mask = ImageFile.ReadMask(c.MaskPath, c.Roi, c.ImagePath, c.SeriesUid);
            return new CaseOutcome(c, extractor.Extract(image, mask, c.Label,
                extractor.Parameters.Settings.ResampledPixelSpacing is not null && IntegerValued(image) ? VoxelType.Int32 : null), null);
        }
        catch (Exception e) when (e is DlRadiomicsException or IOException or UnauthorizedAccessException)
        {
            return new CaseOutcome(c, null, e.Message);
        }
    }
}
