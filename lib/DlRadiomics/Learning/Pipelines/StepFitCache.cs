using System.Runtime.InteropServices;

namespace DlRadiomics.Learning.Pipelines;

/// <summary>
/// Fitted steps of one model comparison, reused when the same step object is fitted again on the same rows and
/// outcome: a fusion block's selection is the selection its feature set runs on its own, on the same training rows, so
/// the fusion takes the fitted steps instead of fitting them a second time. Steps are deterministic, so a reused fit is
/// the fit itself; inputs are compared value for value (bit patterns), never by a hash alone.
/// </summary>
internal sealed class StepFitCache
{
    private readonly Dictionary<IPipelineStep, List<(double[][] X, int[] Y, IFittedStep Fitted)>> _fits = new(ReferenceEqualityComparer.Instance);

    /// <summary>The step fitted on (<paramref name="x"/>, <paramref name="y"/>): an earlier fit of the same step on equal input, else a new one.</summary>
    public IFittedStep Fit(IPipelineStep step, double[][] x, IReadOnlyList<int> y)
    {
        lock (_fits)
            if (_fits.TryGetValue(step, out var earlier))
                foreach (var (ex, ey, fitted) in earlier)
                    if (Equal(ex, x) && ey.AsSpan().SequenceEqual(y as int[] ?? y.ToArray()))
                        return fitted;
        var fresh = step is FusionStep fusion ? fusion.Fit(x, y, this) : step.Fit(x, y);
        lock (_fits)
        {
            if (!_fits.TryGetValue(step, out var list)) _fits[step] = list = [];
            list.Add((x, y.ToArray(), fresh));
        }
        return fresh;
    }

    private static bool Equal(double[][] a, double[][] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
            if (!MemoryMarshal.AsBytes(a[i].AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(b[i].AsSpan()))) return false;
        return true;
    }
}
