using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Batch;

/// <summary>
/// Runs the extractor over many cases in parallel (one case per worker; the extractor is stateless). A case that fails
/// — a <see cref="DlRadiomicsException"/>, an I/O error, or any other exception (a defect, named as such) — is
/// reported in its outcome and the batch goes on: no exception of one case ends the batch.
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

    public static CaseOutcome RunOne(ExtractionCase c, RadiomicsExtractor extractor)
    {
        VoxelImage? image = null;
        LabelMask? mask = null;
        try
        {
            image = ImageFile.ReadImage(c.ImagePath, c.SeriesUid);
            mask = ImageFile.ReadMask(c.MaskPath, c.Roi, c.ImagePath, c.SeriesUid);
            // The image carries the pixel type SimpleITK would give the file, which resampling casts back to.
            return new CaseOutcome(c, extractor.Extract(image, mask, c.Label), null);
        }
        catch (Exception e) when (e is DlRadiomicsException or IOException or UnauthorizedAccessException)
        {
            return new CaseOutcome(c, null, e.Message);
        }
        catch (Exception e)
        {
            // Any other exception is a defect of the library, not of this case's files; the batch still goes on, and
            // the row names the exception so the defect can be reported with the files that trigger it.
            return new CaseOutcome(c, null, $"internal error {e.GetType().Name} ({e.Message}) while extracting {c.ImagePath} with {c.MaskPath}; please report it with these files");
        }
        finally
        {
            // The next case on this worker reads into these arrays (the result holds only names and numbers).
            VoxelBuffers.Return(image, mask);
        }
    }
}
