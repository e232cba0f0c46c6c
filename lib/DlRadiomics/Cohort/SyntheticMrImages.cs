using DlRadiomics.Imaging;

namespace DlRadiomics.Cohort;

/// <summary>Acquisition settings of the synthetic T2-weighted images.</summary>
/// <param name="NoiseSigma">SD of the Gaussian noise in each of the real and imaginary channels (the magnitude is Rician).</param>
/// <param name="BiasStrength">SD of the coefficients of the smooth multiplicative bias field.</param>
public sealed record MrImageOptions(double NoiseSigma = 18, double BiasStrength = 0.06)
{
    public static MrImageOptions Default { get; } = new();
}

/// <summary>
/// Draws a patient's sagittal and axial T2-weighted-like thin stacks (3 slices, 4 mm thick, 0.625/0.703 mm in plane)
/// of the responsible level from a <see cref="SpinePhantom"/>, with a smooth bias field and Rician noise, and the
/// masks of the study's regions of interest for each delineation. Deterministic given the patient's seed.
/// </summary>
public static class SyntheticMrImages
{
    // Spacings and origins are binary fractions, exact in NIfTI's float32 and in DICOM's decimal strings, so a mask
    // written as NIfTI lies exactly on the grid of its image written as DICOM.

    /// <summary>Sagittal grid (0.625 mm in plane, 4 mm slices): columns run posterior, rows inferior, slices to the patient's right.</summary>
    public static ImageGeometry SagittalGeometry(string level) => new(
        new Size3(160, 160, 3), new Vec3(0.625, 0.625, 4),
        new Vec3(4, -40, 48 + LevelHeight(level)),
        Direction.FromAxes(new Vec3(0, 1, 0), new Vec3(0, 0, -1), new Vec3(-1, 0, 0)));

    /// <summary>Axial grid (0.703125 mm in plane, 4 mm slices): columns run to the patient's left, rows posterior, slices superior.</summary>
    public static ImageGeometry AxialGeometry(string level) => new(
        new Size3(224, 192, 3), new Vec3(0.703125, 0.703125, 4),
        new Vec3(-0.703125 * 223 / 2, -45, -4 + LevelHeight(level)),
        Direction.Identity);

    /// <summary>Height of the level's disc centre above the L5/S1 disc (mm), so levels sit at distinct table positions.</summary>
    public static double LevelHeight(string level) => level switch
    {
        "L3/4" => 72,
        "L4/5" => 36,
        "L5/S1" => 0,
        _ => throw new ArgumentException($"unknown level '{level}' (expected L3/4, L4/5 or L5/S1)", nameof(level)),
    };

    public static PatientImages Generate(PatientTraits patient, SyntheticStudy study, IReadOnlyList<Delineation> delineations, MrImageOptions? options = null)
    {
        options ??= MrImageOptions.Default;
        var phantom = new SpinePhantom(patient);
        double levelZ = LevelHeight(patient.Level);
        var sagittal = Render(phantom, SagittalGeometry(patient.Level), levelZ, options, DeterministicRandom.Create(patient.Seed, 2));
        var axial = Render(phantom, AxialGeometry(patient.Level), levelZ, options, DeterministicRandom.Create(patient.Seed, 3));
        var masks = new List<RoiMask>();
        foreach (var kind in study.Rois())
            foreach (var d in delineations)
                masks.Add(new RoiMask(kind, d, Delineate(phantom, kind, d, kind.Plane() == ImagePlane.Sagittal ? sagittal.Geometry : axial.Geometry, levelZ)));
        return new PatientImages(patient, sagittal, axial, masks);
    }

    private static VoxelImage Render(SpinePhantom phantom, ImageGeometry g, double levelZ, MrImageOptions options, Random rng)
    {
        var c = Enumerable.Range(0, 4).Select(_ => options.BiasStrength * rng.NextNormal()).ToArray();
        var voxels = new double[g.VoxelCount];
        double sigma = options.NoiseSigma;
        int nx = g.Size.X;
        var waves = phantom.Fields.Select(f => f.OnGrid(g, levelZ)).ToArray();
        var rows = waves.Select(_ => new double[nx]).ToArray();
        var at = new double[waves.Length];
        for (int k = 0; k < g.Size.Z; k++)
            for (int j = 0; j < g.Size.Y; j++)
            {
                for (int f = 0; f < waves.Length; f++) waves[f].Row(j, k, rows[f]);
                for (int i = 0; i < nx; i++)
                {
                    var p = g.IndexToPhysical(i, j, k);
                    double x = p.X, y = p.Y, z = p.Z - levelZ;
                    for (int f = 0; f < at.Length; f++) at[f] = rows[f][i];
                    // Posterior spine-coil gain times a smooth polynomial field.
                    double bias = Math.Exp(0.25 * y / 60) * (1 + c[0] * x / 80 + c[1] * y / 80 + c[2] * z / 80 + c[3] * (x * x + y * y) / 6400);
                    double signal = phantom.Intensity(x, y, z, at) * bias;
                    var (n1, n2) = rng.NextNormalPair();
                    double re = signal + sigma * n1, im = sigma * n2;
                    voxels[g.Index(i, j, k)] = Math.Round(Math.Sqrt(re * re + im * im));
                }
            }
        // Magnitude images are whole numbers, stored as a scanner stores them: 16-bit integers.
        return new VoxelImage(g, voxels) { StoredType = voxels.Max() <= short.MaxValue ? VoxelType.Int16 : VoxelType.Int32 };
    }

    /// <summary>
    /// A rater's mask: inside where the region's signed distance is below the rater's boundary offset — a systematic
    /// part (the second rater draws 0.25 mm wider) plus a smooth wobble of a few tenths of a millimetre.
    /// </summary>
    private static LabelMask Delineate(SpinePhantom phantom, RoiKind kind, Delineation d, ImageGeometry g, double levelZ)
    {
        var rng = DeterministicRandom.Create(phantom.Traits.Seed, 10 + (int)kind, d.Rater, d.Repeat);
        var wobble = new SmoothRandomField(rng, 4.0);
        double systematic = d.Rater == 1 ? 0 : 0.25 * (d.Rater - 1);
        double amplitude = d.Rater == 1 ? 0.25 : 0.35;
        var labels = new int[g.VoxelCount];
        var (lo, hi) = IndexBox(g, phantom.Bounds(kind, systematic + 4.5 * amplitude + 1), levelZ);
        for (int k = lo[2]; k <= hi[2]; k++)
            for (int j = lo[1]; j <= hi[1]; j++)
                for (int i = lo[0]; i <= hi[0]; i++)
                {
                    var p = g.IndexToPhysical(i, j, k);
                    double z = p.Z - levelZ;
                    double distance = phantom.SignedDistance(kind, p.X, p.Y, z) - systematic;
                    // The wobble is at most ~4.5 amplitudes (|f| ≤ √(2K)); only evaluate it near the boundary.
                    bool inside = Math.Abs(distance) > 4.5 * amplitude ? distance < 0 : distance < amplitude * wobble.At(p.X, p.Y, z);
                    if (inside) labels[g.Index(i, j, k)] = 1;
                }
        return new LabelMask(g, labels);
    }

    /// <summary>The index range of <paramref name="g"/> covering a phantom-space box (clamped to the grid).</summary>
    private static (int[] Lo, int[] Hi) IndexBox(ImageGeometry g, (Vec3 Min, Vec3 Max) box, double levelZ)
    {
        var lo = new[] { int.MaxValue, int.MaxValue, int.MaxValue };
        var hi = new[] { int.MinValue, int.MinValue, int.MinValue };
        foreach (double x in new[] { box.Min.X, box.Max.X })
            foreach (double y in new[] { box.Min.Y, box.Max.Y })
                foreach (double z in new[] { Math.Max(box.Min.Z, -1e3), Math.Min(box.Max.Z, 1e3) })
                {
                    var index = g.PhysicalToIndex(new Vec3(x, y, z + levelZ));
                    for (int a = 0; a < 3; a++)
                    {
                        lo[a] = Math.Min(lo[a], (int)Math.Floor(index[a]));
                        hi[a] = Math.Max(hi[a], (int)Math.Ceiling(index[a]));
                    }
                }
        for (int a = 0; a < 3; a++)
        {
            lo[a] = Math.Clamp(lo[a], 0, g.Size[a] - 1);
            hi[a] = Math.Clamp(hi[a], 0, g.Size[a] - 1);
        }
        return (lo, hi);
    }
}
