namespace DlRadiomics.Learning;

/// <summary>
/// The xorshift generator scikit-learn's tree splitters draw features and thresholds from (<c>our_rand_r</c> in
/// <c>sklearn/tree/_utils.pyx</c>), so that a tree grown from the same seed visits features in the same order.
/// </summary>
/// <remarks>
/// s ← s ⊕ (s ≪ 13); s ← s ⊕ (s ≫ 17); s ← s ⊕ (s ≪ 5) on 32 bits (a zero state becomes 1), returning s mod 2³¹.
/// Integers in [low, high) are low + r mod (high − low); uniforms in [low, high) are (high − low)·r / (2³¹ − 1) + low.
/// </remarks>
internal sealed class TreeRandom(uint seed)
{
    /// <summary>RAND_R_MAX of scikit-learn: 2³¹ − 1.</summary>
    public const int Max = int.MaxValue;

    private uint _state = seed;

    public uint Next()
    {
        if (_state == 0) _state = 1;
        _state ^= _state << 13;
        _state ^= _state >> 17;
        _state ^= _state << 5;
        return _state % 0x80000000u;
    }

    /// <summary>An integer in [<paramref name="low"/>, <paramref name="high"/>) (<c>rand_int</c>).</summary>
    public int NextInt(int low, int high) => low + (int)(Next() % (uint)(high - low));

    /// <summary>A double in [<paramref name="low"/>, <paramref name="high"/>] (<c>rand_uniform</c>).</summary>
    public double NextUniform(double low, double high) => (high - low) * Next() / Max + low;
}
