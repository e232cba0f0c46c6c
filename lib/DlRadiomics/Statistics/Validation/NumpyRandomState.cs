namespace DlRadiomics.Statistics.Validation;

/// <summary>
/// The Mersenne Twister stream of <c>numpy.random.RandomState(seed)</c> (numpy's legacy generator, which scikit-learn
/// uses for every integer <c>random_state</c>), so that seeded shuffles and noise equal scikit-learn's bit for bit.
/// </summary>
/// <remarks>
/// MT19937 (Matsumoto &amp; Nishimura 1998) seeded by <c>init_genrand(seed)</c>. Doubles are 53-bit:
/// ((a ≫ 5)·2²⁶ + (b ≫ 6)) / 2⁵³ from two 32-bit words. Bounded integers in [0, max] use numpy's masked rejection
/// (<c>random_interval</c>); normal deviates use the Marsaglia polar method with one cached value (<c>legacy_gauss</c>).
/// </remarks>
public sealed class NumpyRandomState
{
    private const int N = 624, M = 397;
    private readonly uint[] _mt = new uint[N];
    private int _index;
    private double? _cachedGauss;

    /// <summary>Seeds as numpy's <c>RandomState(seed)</c>; the library's seeds are <see cref="int"/>, so a negative one is refused.</summary>
    public NumpyRandomState(int seed)
        : this(seed >= 0 ? (uint)seed : throw new StatisticsInputException($"seed = {seed}; give a non-negative integer (numpy's RandomState takes 0 … 2³²−1)"))
    {
    }

    /// <summary>Seeds with the full range numpy accepts, 0 … 2³²−1.</summary>
    public NumpyRandomState(uint seed)
    {
        _mt[0] = seed;
        for (int i = 1; i < N; i++) _mt[i] = 1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    public uint NextUInt32()
    {
        if (_index >= N) Twist();
        uint y = _mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    /// <summary>A uniform double in [0, 1) (<c>random_sample</c>).</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /// <summary>A uniform integer in [0, max] by masked rejection, as numpy's <c>random_interval</c>.</summary>
    public uint NextInterval(uint max)
    {
        if (max == 0) return 0;
        uint mask = max;
        mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4; mask |= mask >> 8; mask |= mask >> 16;
        uint value;
        while ((value = NextUInt32() & mask) > max) { }
        return value;
    }

    /// <summary>A uniform integer in [0, n) as <c>randint(n)</c> / <c>choice(n)</c> draw it for n &lt; 2³².</summary>
    public int NextInt(int n) => n <= 0 ? throw new ArgumentOutOfRangeException(nameof(n)) : (int)NextInterval((uint)(n - 1));

    /// <summary>A standard normal deviate (<c>standard_normal</c>).</summary>
    public double NextGaussian()
    {
        if (_cachedGauss is double g) { _cachedGauss = null; return g; }
        double x1, x2, r2;
        do
        {
            x1 = 2.0 * NextDouble() - 1.0;
            x2 = 2.0 * NextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.Sqrt(-2.0 * Math.Log(r2) / r2);
        _cachedGauss = f * x1;
        return f * x2;
    }

    /// <summary>Shuffles in place as <c>RandomState.shuffle</c> does a one-dimensional array.</summary>
    public void Shuffle<T>(T[] values)
    {
        for (int i = values.Length - 1; i > 0; i--)
        {
            int j = (int)NextInterval((uint)i);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    private void Twist()
    {
        for (int i = 0; i < N; i++)
        {
            uint y = (_mt[i] & 0x80000000u) | (_mt[(i + 1) % N] & 0x7fffffffu);
            _mt[i] = _mt[(i + M) % N] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfu : 0u);
        }
        _index = 0;
    }
}
