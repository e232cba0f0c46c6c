namespace DlRadiomics.Cohort;

/// <summary>
/// An analytic T2-weighted model of one lumbar motion segment, in millimetres around the centre of the responsible
/// disc (x to the patient's left, y posterior, z superior, as LPS). Structures are ellipses and ellipsoids with soft
/// edges (partial volume); each region of interest has a signed distance (negative inside) so masks can be drawn,
/// and perturbed per rater. See lib/DlRadiomics/Cohort/README.md for how the patient's traits set the parameters.
/// </summary>
public sealed class SpinePhantom
{
    // T2-weighted signal of each tissue (arbitrary units, as a TSE image with water bright and fat bright).
    internal const double Csf = 1000, HealthyNucleus = 900, Annulus = 230, Marrow = 420, Cortex = 130, ModicSignal = 680,
        EpiduralFat = 700, Muscle = 260, Fat = 820, SoftTissue = 290, PosteriorBone = 380, NerveRoot = 360, HighIntensityZone = 960;

    private static readonly RoiKind[] Muscles = [RoiKind.Multifidus, RoiKind.ErectorSpinae, RoiKind.Psoas];
    private static readonly (double X, double Y)[] Roots = [(-4.0, 2.5), (4.0, 2.5), (-2.0, 3.5), (2.0, 3.5)];

    private const double VertebralHeight = 26, AdjacentDiscHeight = 10, EdgeWidth = 0.7;

    private readonly PatientTraits _t;
    internal const int DiscField = 0, MarrowField = 1, MuscleField = 2, FatField = 3, SoftField = 4, ModicField = 5;
    private readonly double _discA, _discB, _discHeight, _nucleusSignal, _discTextureAmplitude;
    private readonly double _canalY, _canalA, _canalB, _duraA, _duraB;
    private readonly double _herniationX, _herniationWidth, _herniationDepth, _herniationHeight;
    private readonly double _hizX;
    private readonly (double A, double B) _multifidus, _erector, _psoas;
    private readonly double _muscleY, _wallY, _subcutaneous, _muscleTextureAmplitude;
    private readonly double[] _fatThreshold;

    public SpinePhantom(PatientTraits traits)
    {
        _t = traits;
        var rng = DeterministicRandom.Create(traits.Seed, 1);
        double Jitter(double sd) => sd * rng.NextNormal();
        int grade = Math.Clamp(traits.PfirrmannGrade, 1, 5);

        _discA = 21 + Jitter(1.2);
        _discB = 15.5 + Jitter(1.0);
        _discHeight = new[] { 11.0, 10.5, 9.5, 8.0, 6.2 }[grade - 1] + Jitter(0.4);
        _nucleusSignal = Annulus + (HealthyNucleus - Annulus) * new[] { 1.0, 0.8, 0.5, 0.22, 0.06 }[grade - 1] * (1 + Jitter(0.05));
        double dh = traits.DiscHeterogeneity;
        _discTextureAmplitude = Math.Clamp(30 + 18 * (grade - 1) + 55 * dh, 8, 300);
        var discTexture = new SmoothRandomField(rng, Math.Clamp(1.8 - 0.35 * dh, 0.7, 3.5));

        _canalA = 11 + Jitter(0.8);
        _canalB = 7.5 + Jitter(0.6);
        _canalY = _discB + _canalB + 0.5;
        _duraA = _canalA - 2.5;
        _duraB = _canalB - 1.8;

        // Herniation depth as a fraction of the canal's AP diameter: MSU size 1 up to half-way, 2 to the
        // inter-facet line, 3 beyond it; the position within the class is the patient's HerniationExtent.
        var (lo, hi) = traits.MsuSize switch { 1 => (0.12, 0.42), 2 => (0.45, 0.78), _ => (0.80, 1.10) };
        _herniationDepth = 2 * _canalB * (lo + (hi - lo) * Math.Clamp(traits.HerniationExtent, 0, 1));
        int side = rng.NextDouble() < 0.5 ? -1 : 1;
        _herniationX = side * traits.MsuLocation switch { "A" => 0.0, "B" => 6.0, "C" => 12.5, _ => 3.0 } + Jitter(0.5);
        _herniationWidth = (traits.MsuLocation == "AB" ? 9.0 : 5.5) + 0.8 * traits.MsuSize + Jitter(0.4);
        _herniationHeight = 0.42 * _discHeight + 0.6 * traits.MsuSize;
        _hizX = -side * (3 + 2 * rng.NextDouble());

        _multifidus = Ellipse(traits.MultifidusArea, 1.3);
        _erector = Ellipse(traits.ErectorSpinaeArea, 0.8);
        _psoas = Ellipse(traits.PsoasArea, 1.0);
        _muscleY = _canalY + _canalB + 3 + _multifidus.B;
        _wallY = _muscleY + Math.Max(_multifidus.B, _erector.B) + 2;
        _subcutaneous = Math.Max(2, 0.8 * traits.SubcutaneousFat);
        _muscleTextureAmplitude = Math.Clamp(0.10 + 0.04 * traits.MuscleHeterogeneity, 0.02, 0.3);
        _fatThreshold =
        [
            FatThreshold(traits.MultifidusGoutallier, rng), FatThreshold(traits.ErectorSpinaeGoutallier, rng), FatThreshold(traits.PsoasGoutallier, rng),
        ];

        Fields =
        [
            discTexture,
            new SmoothRandomField(rng, 2.5),
            new SmoothRandomField(rng, Math.Clamp(2.2 - 0.3 * traits.MuscleHeterogeneity, 0.8, 4)),
            new SmoothRandomField(rng, 1.3),
            new SmoothRandomField(rng, 4.0),
            new SmoothRandomField(rng, 3.0),
        ];
    }

    /// <summary>Half-axes of an ellipse with area <paramref name="area"/> mm² and aspect B/A.</summary>
    private static (double A, double B) Ellipse(double area, double aspect)
    {
        double a = Math.Sqrt(Math.Max(area, 50) / (Math.PI * aspect));
        return (a, a * aspect);
    }

    /// <summary>Threshold on a standard-normal field leaving the fat fraction of the Goutallier grade above it.</summary>
    private static double FatThreshold(int goutallier, Random rng)
    {
        double fraction = Math.Clamp(new[] { 0.02, 0.08, 0.2, 0.42, 0.62 }[Math.Clamp(goutallier, 0, 4)] + 0.02 * rng.NextNormal(), 0.005, 0.9);
        return MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - fraction);
    }

    public PatientTraits Traits => _t;

    /// <summary>The texture fields the intensity depends on, indexed by the <c>…Field</c> constants.</summary>
    internal IReadOnlyList<SmoothRandomField> Fields { get; }

    /// <summary>Disc height in mm (falls with the Pfirrmann grade).</summary>
    public double DiscHeight => _discHeight;

    private static double EllipseDistance(double x, double y, double cx, double cy, double a, double b)
    {
        double u = (x - cx) / a, v = (y - cy) / b;
        return (Math.Sqrt(u * u + v * v) - 1) * Math.Min(a, b);
    }

    private static double EllipsoidDistance(double x, double y, double z, double a, double b, double c)
    {
        double u = x / a, v = y / b, w = z / c;
        return (Math.Sqrt(u * u + v * v + w * w) - 1) * Math.Min(a, Math.Min(b, c));
    }

    private static double Inside(double signedDistance) => Math.Clamp(0.5 - signedDistance / EdgeWidth, 0, 1);

    private double DiscCore(double x, double y, double z) => Math.Max(EllipseDistance(x, y, 0, 0, _discA, _discB), Math.Abs(z) - _discHeight / 2);

    private double Herniation(double x, double y, double z) =>
        Math.Max(EllipsoidDistance(x - _herniationX, y - _discB, z, _herniationWidth, _herniationDepth, _herniationHeight), _discB - 2 - y);

    private double CanalTube(double x, double y) => EllipseDistance(x, y, 0, _canalY, _canalA, _canalB);

    private double DuraTube(double x, double y) => EllipseDistance(x, y, 0, _canalY + 0.8, _duraA, _duraB);

    private double MuscleDistance(RoiKind kind, double x, double y)
    {
        double d = double.MaxValue;
        for (int s = -1; s <= 1; s += 2)
        {
            d = Math.Min(d, kind switch
            {
                RoiKind.Multifidus => EllipseDistance(x, y, s * (3.5 + _multifidus.A), _muscleY, _multifidus.A, _multifidus.B),
                RoiKind.ErectorSpinae => EllipseDistance(x, y, s * (4.5 + 2 * _multifidus.A + _erector.A), _muscleY, _erector.A, _erector.B),
                RoiKind.Psoas => EllipseDistance(x, y, s * (_discA + _psoas.A + 1.5), -3, _psoas.A, _psoas.B),
                _ => throw new ArgumentOutOfRangeException(nameof(kind)),
            });
        }
        return d;
    }

    // Cheap bounding test before the exact distance: the muscles lie within these boxes (plus the soft edge).
    private bool NearMuscle(RoiKind kind, double x, double y) => kind switch
    {
        RoiKind.Psoas => Math.Abs(y + 3) < _psoas.B + 1 && Math.Abs(Math.Abs(x) - (_discA + _psoas.A + 1.5)) < _psoas.A + 1,
        RoiKind.Multifidus => Math.Abs(y - _muscleY) < _multifidus.B + 1 && Math.Abs(Math.Abs(x) - (3.5 + _multifidus.A)) < _multifidus.A + 1,
        _ => Math.Abs(y - _muscleY) < _erector.B + 1 && Math.Abs(Math.Abs(x) - (4.5 + 2 * _multifidus.A + _erector.A)) < _erector.A + 1,
    };

    /// <summary>
    /// A box (phantom coordinates, mm) outside which the region's signed distance exceeds <paramref name="margin"/>,
    /// so mask drawing can skip the rest of the grid.
    /// </summary>
    public (Imaging.Vec3 Min, Imaging.Vec3 Max) Bounds(RoiKind kind, double margin)
    {
        double big = 1e4, m = margin;
        double hx = Math.Abs(_herniationX) + _herniationWidth, hy = _discB + _herniationDepth, hz = _herniationHeight;
        (double x0, double x1, double y0, double y1, double z0, double z1) b = kind switch
        {
            RoiKind.Disc => (-Math.Max(_discA, hx), Math.Max(_discA, hx), -_discB, Math.Max(_discB, hy), -Math.Max(_discHeight / 2, hz), Math.Max(_discHeight / 2, hz)),
            RoiKind.Canal => (-Math.Max(_canalA, hx), Math.Max(_canalA, hx), _discB - 2, Math.Max(_canalY + _canalB, hy), -big, big),
            RoiKind.Nucleus => (-hx, hx, _discB - 2, hy, -hz, hz),
            RoiKind.Dura => (-_duraA, _duraA, _canalY + 0.8 - _duraB, _canalY + 0.8 + _duraB, -big, big),
            RoiKind.Psoas => (-(_discA + 2 * _psoas.A + 1.5), _discA + 2 * _psoas.A + 1.5, -3 - _psoas.B, -3 + _psoas.B, -big, big),
            RoiKind.Multifidus => (-(3.5 + 2 * _multifidus.A), 3.5 + 2 * _multifidus.A, _muscleY - _multifidus.B, _muscleY + _multifidus.B, -big, big),
            _ => (-(4.5 + 2 * _multifidus.A + 2 * _erector.A), 4.5 + 2 * _multifidus.A + 2 * _erector.A, _muscleY - _erector.B, _muscleY + _erector.B, -big, big),
        };
        return (new Imaging.Vec3(b.x0 - m, b.y0 - m, b.z0 - m), new Imaging.Vec3(b.x1 + m, b.y1 + m, b.z1 + m));
    }

    /// <summary>Signed distance (mm, negative inside) of a point to a region of interest.</summary>
    public double SignedDistance(RoiKind kind, double x, double y, double z) => kind switch
    {
        RoiKind.Disc => Math.Min(DiscCore(x, y, z), Herniation(x, y, z)),
        RoiKind.Canal => Math.Min(CanalTube(x, y), Math.Max(Herniation(x, y, z), _discB - y)),
        RoiKind.Nucleus => Math.Max(Herniation(x, y, z), _discB - y),
        RoiKind.Dura => Math.Max(DuraTube(x, y), 0.3 - Herniation(x, y, z)),
        _ => MuscleDistance(kind, x, y),
    };

    /// <summary>The noise-free, bias-free T2 signal at a point.</summary>
    public double Intensity(double x, double y, double z)
    {
        Span<double> f = stackalloc double[Fields.Count];
        for (int n = 0; n < f.Length; n++) f[n] = Fields[n].At(x, y, z);
        return Intensity(x, y, z, f);
    }

    /// <summary>The signal at a point given the values <paramref name="f"/> of <see cref="Fields"/> there (computed in bulk by the renderer).</summary>
    internal double Intensity(double x, double y, double z, ReadOnlySpan<double> f)
    {
        // Body wall, subcutaneous fat and air behind the back.
        double v = y > _wallY + _subcutaneous ? 0 : y > _wallY ? Fat : SoftTissue * (1 + 0.06 * f[SoftField]);

        // Paraspinal muscles with Goutallier fat streaks and the patient's muscle texture.
        var muscles = Muscles;
        for (int m = 0; m < muscles.Length; m++)
        {
            if (!NearMuscle(muscles[m], x, y)) continue;
            double inside = Inside(MuscleDistance(muscles[m], x, y));
            if (inside <= 0) continue;
            double fat = Math.Clamp((f[FatField] - _fatThreshold[m]) / 0.25, 0, 1);
            double muscle = Muscle * (1 + _muscleTextureAmplitude * f[MuscleField]);
            v += inside * (muscle + fat * (Fat - muscle) - v);
        }

        // Posterior arch (lamina) and spinous process.
        double arch = Math.Max(EllipseDistance(x, y, 0, _canalY, _canalA + 5, _canalB + 5), _discB + 3 - y);
        double spinous = Math.Max(Math.Abs(x) - 3, Math.Max(_canalY + _canalB + 3 - y, y - (_wallY - 4)));
        double bone = Inside(Math.Min(arch, spinous));
        if (bone > 0) v += bone * (PosteriorBone * (1 + 0.1 * f[MarrowField]) - v);

        // Vertebral column: bodies, endplates, Modic change, adjacent discs and the responsible disc.
        double column = Inside(EllipseDistance(x, y, 0, 0.3, _discA + 1.5, _discB + 1.5));
        if (column > 0) v += column * (ColumnSignal(x, y, z, f) - v);

        // Canal: epidural fat, the dural sac with CSF and nerve roots.
        double canal = Inside(CanalTube(x, y));
        if (canal > 0)
        {
            double dura = Inside(DuraTube(x, y));
            double roots = dura > 0 ? RootsAt(x, y) : 0;
            double content = EpiduralFat + dura * (Csf + roots * (NerveRoot - Csf) - EpiduralFat);
            v += canal * (content - v);
        }

        // Herniated disc material protruding into the canal.
        bool nearHerniation = Math.Abs(x - _herniationX) < _herniationWidth + 1 && Math.Abs(z) < _herniationHeight + 1 && y > _discB - 3 && y < _discB + _herniationDepth + 1;
        double herniation = nearHerniation ? Inside(Herniation(x, y, z)) : 0;
        if (herniation > 0)
            v += herniation * (0.5 * (_nucleusSignal + Annulus) + 0.8 * _discTextureAmplitude * f[DiscField] - v);
        return Math.Max(v, 0);
    }

    private double RootsAt(double x, double y)
    {
        double r = 0;
        foreach (var (rx, ry) in Roots)
            r = Math.Max(r, Inside(EllipseDistance(x, y, rx, _canalY + ry, 0.9, 0.9)));
        return r;
    }

    private double ColumnSignal(double x, double y, double z, ReadOnlySpan<double> f)
    {
        double az = Math.Abs(z), half = _discHeight / 2;
        if (az < half + 0.3)
        {
            double disc = Inside(Math.Max(EllipseDistance(x, y, 0, 0, _discA, _discB), az - half));
            double nucleus = Inside(EllipsoidDistance(x, y + 1, z, 0.6 * _discA, 0.55 * _discB, 0.36 * _discHeight));
            double s = Annulus + nucleus * (_nucleusSignal - Annulus) + _discTextureAmplitude * f[DiscField] * (0.4 + 0.6 * nucleus);
            if (_t.PfirrmannGrade >= 3) s -= nucleus * Inside(Math.Abs(z) - 0.4) * 0.5 * (s - Annulus); // intranuclear cleft
            if (_t.AnnulusTear) s += Inside(EllipsoidDistance(x - _hizX, y - (_discB - 1.6), z, 1.6, 1.0, 1.4)) * (HighIntensityZone - s);
            double endplate = Marrow * 0.3;
            return endplate + disc * (s - endplate);
        }
        double fromEndplate = az - half;
        if (fromEndplate < 1.0) return Cortex;
        if (fromEndplate < VertebralHeight)
        {
            double marrow = Marrow * (1 + 0.12 * f[MarrowField]);
            if (_t.ModicChange && fromEndplate < 5.5)
                marrow += Math.Clamp(0.5 + 0.6 * f[ModicField], 0, 1) * (ModicSignal - marrow) * Math.Clamp((5.5 - fromEndplate) / 2, 0, 1);
            return marrow;
        }
        double beyond = fromEndplate - VertebralHeight;
        if (beyond < 1.0) return Cortex;
        if (beyond < AdjacentDiscHeight)
        {
            double nucleus = Inside(EllipsoidDistance(x, y + 1, beyond - AdjacentDiscHeight / 2, 0.6 * _discA, 0.55 * _discB, 0.36 * AdjacentDiscHeight));
            return Annulus + nucleus * (HealthyNucleus * 0.85 - Annulus);
        }
        return Marrow * (1 + 0.12 * f[MarrowField]);
    }
}
