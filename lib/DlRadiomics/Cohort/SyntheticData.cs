using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DlRadiomics.Imaging;
using DlRadiomics.Imaging.Dicom;

namespace DlRadiomics.Cohort;

/// <summary>
/// Writes the synthetic data set — both cohort tables, every patient's NIfTI images and masks, and the image
/// manifests — and keeps the default copy under <c>data/generated/</c> of the repository, generated on first use and
/// reused while its stamp (<c>dataset.json</c>: generator version and options) matches.
/// </summary>
/// <remarks>
/// Layout: <c>surgical-risk/clinical.csv</c>, <c>surgical-risk/images.csv</c>, <c>surgical-risk/images/&lt;ID&gt;/…nii.gz</c>,
/// and the same under <c>recurrence/</c> with <c>recurrence.csv</c>. Patients are generated in parallel, each from its
/// own seed, so the files are identical whatever the number of threads.
/// </remarks>
public static class SyntheticData
{
    /// <summary>Bumped whenever the generating model changes what is written; a stale default copy is then regenerated.</summary>
    public const int GeneratorVersion = 3;

    public const string StampFile = "dataset.json";
    public const string Sequence = "T2W_TSE";

    /// <summary>
    /// The default data set (<see cref="SyntheticDataOptions.Default"/>) under <paramref name="root"/>, or under
    /// <c>DLR_DATA</c>, or <c>data/generated/default</c> of the repository containing the current folder; generated
    /// when absent or made by another generator version or options.
    /// </summary>
    public static SyntheticDataPaths EnsureDefault(string? root = null, SyntheticDataOptions? options = null)
    {
        options ??= SyntheticDataOptions.Default;
        root = Path.GetFullPath(root ?? DefaultRoot());
        string stamp = Stamp(options);
        Directory.CreateDirectory(Path.GetDirectoryName(root)!);
        using var gate = AcquireLock(root + ".lock");
        string stampPath = Path.Combine(root, StampFile);
        if (File.Exists(stampPath) && File.ReadAllText(stampPath) == stamp) return PathsOf(root, options);
        if (Directory.Exists(root) && !File.Exists(stampPath) && Directory.EnumerateFileSystemEntries(root).Any())
            throw new SyntheticDataException(root, "the folder exists, is not empty and was not written by the generator (no dataset.json); move it away or choose another folder");

        string staging = root + ".partial-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Write(staging, options);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.Move(staging, root);
        return PathsOf(root, options);
    }

    /// <summary>
    /// Generates the data set into <paramref name="folder"/>. A non-empty folder is refused unless
    /// <paramref name="force"/>, in which case only a folder written by the generator (with its dataset.json) is replaced.
    /// </summary>
    public static SyntheticDataPaths Generate(string folder, SyntheticDataOptions options, bool force = false)
    {
        folder = Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            if (!force) throw new SyntheticDataException(folder, "the folder is not empty; give an empty or new folder, or --force to replace a generated data set");
            if (!File.Exists(Path.Combine(folder, StampFile)))
                throw new SyntheticDataException(folder, "the folder is not empty and holds no dataset.json, so it was not written by the generator; it is left untouched");
            Directory.Delete(folder, recursive: true);
        }
        Write(folder, options);
        return PathsOf(folder, options);
    }

    private static void Write(string root, SyntheticDataOptions options)
    {
        Directory.CreateDirectory(root);
        var paths = PathsOf(root, options);
        var surgical = SurgicalRiskCohortGenerator.Generate(options.SurgicalRisk);
        var recurrence = RecurrenceCohortGenerator.Generate(options.Recurrence);
        surgical.WriteCsv(paths.ClinicalTable);
        recurrence.WriteCsv(paths.RecurrenceTable);
        if (options.Images)
        {
            WriteImages(surgical, SyntheticStudy.SurgicalRisk, paths.SurgicalRiskImages!, paths.SurgicalRiskDicomImages, options);
            WriteImages(recurrence, SyntheticStudy.Recurrence, paths.RecurrenceImages!, paths.RecurrenceDicomImages, options);
        }
        File.WriteAllText(Path.Combine(root, StampFile), Stamp(options));
    }

    private static void WriteImages(SyntheticCohort cohort, SyntheticStudy study, string manifest, string? dicomManifest, SyntheticDataOptions options)
    {
        string folder = Path.GetDirectoryName(manifest)!;
        var rows = new string[cohort.Count][];
        var dicomRows = new string[cohort.Count][];
        var reliability = ReliabilitySubset(cohort, options.ReliabilityPatients);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, cohort.Count, parallel, p =>
        {
            var patient = cohort.Patients[p];
            var delineations = reliability.Contains(patient.PatientId) ? Delineation.Reliability : [Delineation.First];
            var images = SyntheticMrImages.Generate(patient, study, delineations);
            string dir = Path.Combine("images", patient.PatientId);
            Directory.CreateDirectory(Path.Combine(folder, dir));
            var imagePaths = new Dictionary<ImagePlane, string>();
            var dicomPaths = new Dictionary<ImagePlane, string>();
            foreach (var plane in Enum.GetValues<ImagePlane>())
            {
                string name = Path.Combine(dir, $"{PlaneName(plane)}_{Sequence}.nii.gz");
                NiftiWriter.Write(images.Image(plane), Path.Combine(folder, name));
                imagePaths[plane] = name;
                if (options.Dicom)
                {
                    string series = Path.Combine("dicom", patient.PatientId, PlaneName(plane));
                    DicomSeriesWriter.Write(images.Image(plane), Path.Combine(folder, series), patient.PatientId, $"{PlaneName(plane)} {Sequence}");
                    dicomPaths[plane] = series;
                }
            }
            var lines = new List<string>();
            var dicomLines = new List<string>();
            foreach (var mask in images.Masks)
            {
                string name = Path.Combine(dir, $"{PlaneName(mask.Plane)}_{mask.Kind.Name()}_rater{mask.Delineation.Rater}_repeat{mask.Delineation.Repeat}.nii.gz");
                NiftiWriter.Write(mask.Mask, Path.Combine(folder, name));
                string tail = $"{Manifest(name)},{mask.Kind.Name()},{mask.Delineation.Rater},{mask.Delineation.Repeat}";
                string head = $"{patient.PatientId},{PlaneName(mask.Plane)},{Sequence},{patient.Level}";
                lines.Add($"{head},{Manifest(imagePaths[mask.Plane])},{tail}");
                if (options.Dicom) dicomLines.Add($"{head},{Manifest(dicomPaths[mask.Plane])},{tail}");
            }
            rows[p] = lines.ToArray();
            dicomRows[p] = dicomLines.ToArray();
        });
        const string header = "PatientID,Plane,Sequence,Level,ImagePath,MaskPath,RoiKind,Rater,Repeat\n";
        File.WriteAllText(manifest, header + string.Concat(rows.SelectMany(r => r).Select(l => l + "\n")), new UTF8Encoding(false));
        if (dicomManifest is not null)
            File.WriteAllText(dicomManifest, header + string.Concat(dicomRows.SelectMany(r => r).Select(l => l + "\n")), new UTF8Encoding(false));
    }

    /// <summary>Patients whose ROIs are drawn three times: the first <paramref name="count"/> of each cohort (training, test, …).</summary>
    private static HashSet<string> ReliabilitySubset(SyntheticCohort cohort, int count) =>
        cohort.Patients.GroupBy(p => p.Cohort).SelectMany(g => g.Take(count)).Select(p => p.PatientId).ToHashSet(StringComparer.Ordinal);

    private static string PlaneName(ImagePlane plane) => plane == ImagePlane.Sagittal ? "sagittal" : "axial";

    // Manifests use forward slashes on every platform.
    private static string Manifest(string relative) => relative.Replace('\\', '/');

    private static SyntheticDataPaths PathsOf(string root, SyntheticDataOptions options)
    {
        string s = Path.Combine(root, "surgical-risk"), r = Path.Combine(root, "recurrence");
        Directory.CreateDirectory(s);
        Directory.CreateDirectory(r);
        return new SyntheticDataPaths(root,
            Path.Combine(s, "clinical.csv"), options.Images ? Path.Combine(s, "images.csv") : null,
            Path.Combine(r, "recurrence.csv"), options.Images ? Path.Combine(r, "images.csv") : null,
            options.Images && options.Dicom ? Path.Combine(s, "images_dicom.csv") : null,
            options.Images && options.Dicom ? Path.Combine(r, "images_dicom.csv") : null);
    }

    private static string Stamp(SyntheticDataOptions o) => JsonSerializer.Serialize(new
    {
        generator = "DlRadiomics.Cohort.SyntheticData",
        version = GeneratorVersion,
        seed = o.Seed,
        surgicalRiskPatients = o.SurgicalRiskPatients,
        recurrencePatients = o.RecurrencePatients,
        images = o.Images,
        dicom = o.Dicom,
        reliabilityPatients = o.ReliabilityPatients,
        missingRate = o.MissingRate,
    }, new JsonSerializerOptions { WriteIndented = true }) + "\n";

    private static string DefaultRoot()
    {
        var env = Environment.GetEnvironmentVariable("DLR_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
                    return Path.Combine(dir.FullName, "data", "generated", "default");
        throw new SyntheticDataException(Environment.CurrentDirectory,
            "no repository (folder with Analysis.sln) above the current folder; set DLR_DATA or pass a folder to EnsureDefault");
    }

    // Several processes (test runners, notebooks) may ask for the data at once: one generates, the others wait.
    private static FileStream AcquireLock(string path)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try { return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose); }
            catch (IOException) when (clock.Elapsed < TimeSpan.FromMinutes(10)) { Thread.Sleep(250); }
        }
    }
}

/// <summary>The synthetic data set could not be written where asked.</summary>
public sealed class SyntheticDataException(string folder, string problem) : DlRadiomicsException($"{folder}: {problem}")
{
    public string Folder { get; } = folder;
}
