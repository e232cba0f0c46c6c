namespace DlRadiomics.Cohort;

/// <summary>
/// Seeds derived from a master seed and a path of integers (cohort, group, patient, …) with SplitMix64, so every
/// patient's random stream is fixed by the master seed alone — the same numbers whatever the thread count.
/// </summary>
public static class DeterministicRandom
{
    public static int Derive(int seed, params int[] path)
    {
        ulong h = (ulong)(uint)seed;
        foreach (int p in path) h = Mix(h ^ ((ulong)(uint)p + 0x9E3779B97F4A7C15UL));
        return (int)(Mix(h) & 0x7FFFFFFF);
    }

    public static Random Create(int seed, params int[] path) => new(Derive(seed, path));

    /// <summary>A standard normal draw (Box–Muller; one of the pair is discarded to keep streams simple).</summary>
    public static double NextNormal(this Random rng)
    {
        double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Two independent standard normal draws (Marsaglia's polar method).</summary>
    public static (double, double) NextNormalPair(this Random rng)
    {
        double u, v, s;
        do
        {
            u = 2 * rng.NextDouble() - 1;
            v = 2 * rng.NextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.Sqrt(-2 * Math.Log(s) / s);
        return (u * f, v * f);
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
