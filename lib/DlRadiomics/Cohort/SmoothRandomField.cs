using DlRadiomics.Imaging;

namespace DlRadiomics.Cohort;

/// <summary>
/// A smooth stationary random field on physical space (mm), approximately standard normal at every point: a sum of
/// plane waves with random directions, wavelengths around 2π·<c>correlationLength</c> and random phases.
/// Used for tissue texture, fat streaks and the boundary wobble of a rater's contour.
/// </summary>
/// <remarks>
/// f(p) = √(2/K) Σₖ cos(kₖ·p + φₖ), |kₖ| = u/ℓ with u ~ U(0.5, 1.5) and uniform directions. On an image grid
/// p = o + i·a + j·b + k·c, so each wave factorises as Re(e^{i(kₖ·(o + j·b + k·c) + φₖ)} · e^{i·i·(kₖ·a)}): see
/// <see cref="OnGrid"/>, which needs two multiplications per wave and voxel instead of a cosine.
/// </remarks>
public sealed class SmoothRandomField
{
    private readonly double[] _kx, _ky, _kz, _phase;
    private readonly double _norm;

    public SmoothRandomField(Random rng, double correlationLength, int waves = 10)
    {
        _kx = new double[waves]; _ky = new double[waves]; _kz = new double[waves]; _phase = new double[waves];
        for (int w = 0; w < waves; w++)
        {
            double k = (0.5 + rng.NextDouble()) / correlationLength;
            double theta = 2 * Math.PI * rng.NextDouble();
            double cosPhi = 2 * rng.NextDouble() - 1, sinPhi = Math.Sqrt(1 - cosPhi * cosPhi);
            _kx[w] = k * sinPhi * Math.Cos(theta);
            _ky[w] = k * sinPhi * Math.Sin(theta);
            _kz[w] = k * cosPhi;
            _phase[w] = 2 * Math.PI * rng.NextDouble();
        }
        _norm = Math.Sqrt(2.0 / waves);
    }

    public double At(double x, double y, double z)
    {
        double s = 0;
        for (int w = 0; w < _kx.Length; w++) s += Math.Cos(_kx[w] * x + _ky[w] * y + _kz[w] * z + _phase[w]);
        return _norm * s;
    }

    /// <summary>Fills <paramref name="row"/> with the field along image row (j, k) of <paramref name="grid"/> (phantom z = physical z − the grid's z shift).</summary>
    public void Row(GridWaves grid, int j, int k, Span<double> row)
    {
        row.Clear();
        var g = grid.Geometry;
        var start = g.IndexToPhysical(0, j, k);
        int n = g.Size.X;
        for (int w = 0; w < _kx.Length; w++)
        {
            double theta = _kx[w] * start.X + _ky[w] * start.Y + _kz[w] * (start.Z - grid.ZShift) + _phase[w];
            double pr = _norm * Math.Cos(theta), pi = _norm * Math.Sin(theta);
            var (ar, ai) = grid.Steps(this, w);
            for (int i = 0; i < n; i++) row[i] += pr * ar[i] - pi * ai[i];
        }
    }

    /// <summary>Precomputes e^{i·i·(k·a)} of every wave along the rows of <paramref name="geometry"/>.</summary>
    public GridWaves OnGrid(ImageGeometry geometry, double zShift) => new(this, geometry, zShift);

    /// <summary>The per-column phase factors of one field on one grid.</summary>
    public sealed class GridWaves
    {
        private readonly double[][] _re, _im;
        private readonly SmoothRandomField _field;

        internal GridWaves(SmoothRandomField field, ImageGeometry geometry, double zShift)
        {
            _field = field;
            Geometry = geometry;
            ZShift = zShift;
            var a = geometry.Direction.Axis(0);
            a = geometry.Spacing.X * a;
            int waves = field._kx.Length, n = geometry.Size.X;
            _re = new double[waves][]; _im = new double[waves][];
            for (int w = 0; w < waves; w++)
            {
                double step = field._kx[w] * a.X + field._ky[w] * a.Y + field._kz[w] * a.Z;
                _re[w] = new double[n]; _im[w] = new double[n];
                for (int i = 0; i < n; i++) { _re[w][i] = Math.Cos(i * step); _im[w][i] = Math.Sin(i * step); }
            }
        }

        public ImageGeometry Geometry { get; }
        public double ZShift { get; }

        internal (double[] Re, double[] Im) Steps(SmoothRandomField field, int wave) =>
            ReferenceEquals(field, _field) ? (_re[wave], _im[wave]) : throw new ArgumentException("waves of another field", nameof(field));

        public void Row(int j, int k, Span<double> row) => _field.Row(this, j, k, row);
    }
}
