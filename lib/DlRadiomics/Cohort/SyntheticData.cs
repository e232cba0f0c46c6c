using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text;
using DlRadiomics.Imaging.Dicom;
using DlRadiomics.Imaging;

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
    /// The data set of <paramref name="options"/> under <paramref name="root"/>, or under <see cref="DefaultFolder"/>;
    /// generated when absent or made by another generator version or options. Images are written only when
    /// <see cref="SyntheticDataOptions.Images"/> asks for them: a folder holding only the tables gets its images added
    /// in place (the tables are left as they are), and a folder with images also serves a request for tables only.
    /// </summary>
    public static SyntheticDataPaths EnsureDefault(string? root = null, SyntheticDataOptions? options = null)
    {
        options ??= SyntheticDataOptions.Default;
        root = Path.GetFullPath(root ?? DefaultFolder(options));
        string tablesStamp = Stamp(options with { Images = false }), imagesStamp = Stamp(options with { Images = true });
        Directory.CreateDirectory(Path.GetDirectoryName(root)!);
        using var gate = AcquireLock(root + ".lock");
        string stampPath = Path.Combine(root, StampFile);
        string? written = File.Exists(stampPath) ? File.ReadAllText(stampPath) : null;
        if (written == imagesStamp) return PathsOf(root, options with { Images = true });
        if (written == tablesStamp)
        {
            if (!options.Images) return PathsOf(root, options);
            WriteImages(root, options);
            File.WriteAllText(stampPath, imagesStamp);
            return PathsOf(root, options);
        }
        if (Directory.Exists(root) && written is null && Directory.EnumerateFileSystemEntries(root).Any())
            throw new SyntheticDataException(root, "the folder exists, is not empty and was not written by the generator (no dataset.json); move it away or choose another folder");

        string staging = root + ".partial-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Write(staging, options);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.Move(staging, root);
        return PathsOf(root, options);
    }

    /// <summary>The cohort tables of <paramref name="options"/> (no images): <see cref="EnsureDefault"/> with <c>Images = false</c>.</summary>
    public static SyntheticDataPaths EnsureTables(SyntheticDataOptions? options = null, string? root = null) =>
        EnsureDefault(root, (options ?? SyntheticDataOptions.Default) with { Images = false });

    /// <summary>The tables and the MR images and masks of <paramref name="options"/>: <see cref="EnsureDefault"/> with <c>Images = true</c>.</summary>
    public static SyntheticDataPaths EnsureImages(SyntheticDataOptions? options = null, string? root = null) =>
        EnsureDefault(root, (options ?? SyntheticDataOptions.Default) with { Images = true });

    /// <summary>
    /// Where <see cref="EnsureDefault"/> keeps the data set of <paramref name="options"/>: <c>DLR_DATA</c>, or
    /// <c>data/generated/default</c> of the repository containing the current folder, for the default options; a
    /// sibling folder named after the options (<c>seed7-patients300</c>) for any other, so that a notebook run with
    /// another seed or size never replaces the default data set.
    /// </summary>
    public static string DefaultFolder(SyntheticDataOptions options)
    {
        string folder = Path.GetFullPath(DefaultRoot());
        var identity = options with { Images = SyntheticDataOptions.Default.Images, MaxDegreeOfParallelism = null };
        return identity == SyntheticDataOptions.Default ? folder : Path.Combine(Path.GetDirectoryName(folder)!, VariantName(options));
    }

    private static string VariantName(SyntheticDataOptions o)
    {
        var d = SyntheticDataOptions.Default;
        var name = new StringBuilder($"seed{o.Seed.ToString(CultureInfo.InvariantCulture)}");
        if (o.SurgicalRiskPatients is { } n) name.Append(CultureInfo.InvariantCulture, $"-patients{n}");
        if (o.RecurrencePatients is { } r) name.Append(CultureInfo.InvariantCulture, $"-recurrence{r}");
        if (o.ReliabilityPatients != d.ReliabilityPatients) name.Append(CultureInfo.InvariantCulture, $"-reliability{o.ReliabilityPatients}");
        if (o.MissingRate != d.MissingRate) name.Append("-missing").Append(o.MissingRate.ToString("R", CultureInfo.InvariantCulture));
        if (o.Dicom) name.Append("-dicom");
        return name.ToString();
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
        SurgicalRiskCohortGenerator.Generate(options.SurgicalRisk).WriteCsv(paths.ClinicalTable);
        RecurrenceCohortGenerator.Generate(options.Recurrence).WriteCsv(paths.RecurrenceTable);
        if (options.Images) WriteImages(root, options);
        File.WriteAllText(Path.Combine(root, StampFile), Stamp(options));
    }

    // The cohorts are drawn again from the seed (milliseconds), so images can be added beside tables written earlier.
    private static void WriteImages(string root, SyntheticDataOptions options)
    {
        var paths = PathsOf(root, options with { Images = true });
        WriteImages(SurgicalRiskCohortGenerator.Generate(options.SurgicalRisk), SyntheticStudy.SurgicalRisk, paths.SurgicalRiskImages!, paths.SurgicalRiskDicomImages, options);
        WriteImages(RecurrenceCohortGenerator.Generate(options.Recurrence), SyntheticStudy.Recurrence, paths.RecurrenceImages!, paths.RecurrenceDicomImages, options);
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

    private static string Stamp(SyntheticDataOptions o) => new JsonObject
    {
        ["generator"] = "DlRadiomics.Cohort.SyntheticData",
        ["version"] = GeneratorVersion,
        ["seed"] = o.Seed,
        ["surgicalRiskPatients"] = o.SurgicalRiskPatients,
        ["recurrencePatients"] = o.RecurrencePatients,
        ["images"] = o.Images,
        ["dicom"] = o.Dicom,
        ["reliabilityPatients"] = o.ReliabilityPatients,
        ["missingRate"] = o.MissingRate,
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    private static string DefaultRoot()
    {
        var env = Environment.GetEnvironmentVariable("DLR_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        return Path.Combine(RepositoryFolder() ?? throw new SyntheticDataException(Environment.CurrentDirectory,
            "no repository (folder with Analysis.sln) above the current folder; set DLR_DATA or pass a folder to EnsureDefault"), "data", "generated", "default");
    }

    /// <summary>The repository (folder with Analysis.sln) above the current folder or the running assembly, or null.</summary>
    internal static string? RepositoryFolder()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
                    return dir.FullName;
        return null;
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
