using System.Diagnostics;
using DlRadiomics.Radiomics.Batch;
using DlRadiomics.Radiomics;

namespace DlRadiomics.Cohort;

/// <summary>
/// A named radiomics feature set of a study: the features of one ROI of every patient of an images manifest, as
/// delineated first by rater 1. Fan et al. 2024 extract Rad_SAG from the sagittal disc and Rad_AXI from the axial
/// canal (herniated disc and dura); Zhang et al. 2026 a disc set and a paraspinal-muscle set.
/// </summary>
/// <param name="Name">Set name as the papers write it (<c>Rad_SAG</c>).</param>
/// <param name="Roi">The region of interest it is extracted from.</param>
public sealed record RadiomicsFeatureSet(string Name, RoiKind Roi)
{
    public static RadiomicsFeatureSet RadSag { get; } = new("Rad_SAG", RoiKind.Disc);

    public static RadiomicsFeatureSet RadAxi { get; } = new("Rad_AXI", RoiKind.Canal);

    /// <summary>File name of the set's feature table among the intermediate results.</summary>
    public string FileName => $"radiomics-{Name}.csv";

    /// <summary>
    /// The path of the set's feature table for the patients of <paramref name="manifest"/>, extracted with
    /// <paramref name="parameters"/> (PyRadiomics defaults: Original image, all classes, 107 features) on
    /// <paramref name="jobs"/> threads when <paramref name="artifacts"/> does not hold it yet. A failed case gets a
    /// row with its error; <paramref name="completed"/> is called as each case ends.
    /// </summary>
    public FeatureSetExtraction Ensure(string manifest, AnalysisArtifacts artifacts, ExtractionParameters? parameters = null, int jobs = 0, Action<CaseOutcome>? completed = null)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<CaseOutcome> outcomes = [];
        var path = artifacts.Ensure(FileName, temp =>
        {
            var cases = ImageManifest.Cases(ImageManifest.Read(manifest), Roi);
            outcomes = BatchExtraction.Run(cases, new RadiomicsExtractor(parameters ?? ExtractionParameters.Default), jobs > 0 ? jobs : Environment.ProcessorCount, completed);
            FeatureTable.Write(temp, outcomes, overwrite: true);
        }, out var extracted);
        return new FeatureSetExtraction(Name, path, extracted, extracted ? outcomes.Count : 0, extracted ? outcomes.Count(o => o.Failed) : 0, clock.Elapsed);
    }
}
