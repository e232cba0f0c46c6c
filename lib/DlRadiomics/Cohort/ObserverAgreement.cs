using DlRadiomics.Radiomics.Batch;
using DlRadiomics.Radiomics;
using DlRadiomics.Statistics.Agreement;

namespace DlRadiomics.Cohort;

/// <summary>
/// The papers' reproducibility step: the features of a set extracted from each delineation of the patients drawn three
/// times (rater 1 twice, rater 2 once), ICC(2,1) per feature for intra- and inter-observer agreement, and the features
/// with ICC &gt; 0.75 in both kept (Fan et al. 2024, "ROI Segmentation").
/// </summary>
public static class ObserverAgreement
{
    public static ObserverAgreementResult Compute(string manifest, RadiomicsFeatureSet set, ExtractionParameters? parameters = null, int jobs = 0, double threshold = 0.75)
    {
        var rows = ImageManifest.Read(manifest);
        (int Rater, int Repeat)[] readings = [(1, 1), (1, 2), (2, 1)];
        var subjects = rows.Where(r => r.Roi == set.Roi).GroupBy(r => r.PatientId)
            .Where(g => readings.All(d => g.Any(r => r.Rater == d.Rater && r.Repeat == d.Repeat))).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (subjects.Count < 2)
            throw new ManifestFormatException($"{manifest}: {subjects.Count} patient(s) have the {set.Roi.Name()} ROI drawn by rater 1 twice and rater 2 once; ICC needs at least 2");
        var cases = readings.SelectMany(d => ImageManifest.Cases(rows, set.Roi, d.Rater, d.Repeat).Where(c => subjects.Contains(c.Id))
            .Select(c => c with { Id = $"{c.Id}|rater{d.Rater}-{d.Repeat}" })).ToList();
        var outcomes = BatchExtraction.Run(cases, new RadiomicsExtractor(parameters ?? ExtractionParameters.Default), jobs > 0 ? jobs : Environment.ProcessorCount);
        var failed = outcomes.FirstOrDefault(o => o.Failed);
        if (failed is not null) throw new ManifestFormatException($"{failed.Case.MaskPath}: extraction failed: {failed.Error}");
        var names = outcomes[0].Result!.Features.Select(f => f.Key).ToList();
        IccFilterResult Icc((int Rater, int Repeat) a, (int Rater, int Repeat) b)
        {
            var pair = outcomes.Where(o => o.Case.Id.EndsWith($"|rater{a.Rater}-{a.Repeat}", StringComparison.Ordinal) || o.Case.Id.EndsWith($"|rater{b.Rater}-{b.Repeat}", StringComparison.Ordinal)).ToList();
            var ids = pair.Select(o => o.Case.Id.Split('|')).ToList();
            var columns = names.Select(n => (IReadOnlyList<double>)pair.Select(o => o.Result![n]).ToList()).ToList();
            return IccFeatureFilter.Apply(ids.Select(i => i[0]).ToList(), ids.Select(i => i[1]).ToList(), names, columns, threshold: threshold);
        }
        return new ObserverAgreementResult(set.Name, subjects.Count, Icc(readings[0], readings[1]), Icc(readings[0], readings[2]));
    }
}
