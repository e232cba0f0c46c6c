using DlRadiomics.Numerics;

namespace DlRadiomics.Learning;

/// <summary>
/// Columns of the RBF kernel matrix of the training rows, K(i, j) = exp(−γ(‖xᵢ‖² + ‖xⱼ‖² − 2xᵢ·xⱼ)), computed on demand
/// and kept as single-precision floats in a least-recently-used cache of bounded size, as libsvm's <c>Cache</c> keeps
/// its Q columns. One cache serves the final fit and the five Platt-scaling fits, which use subsets of the same rows.
/// </summary>
internal sealed class RbfKernelCache
{
    private readonly double[][] _rows;
    private readonly double[] _squares;
    private readonly double _gamma;
    private readonly float[]?[] _columns;
    private readonly LinkedList<int> _recent = new();
    private readonly LinkedListNode<int>?[] _nodes;
    private readonly int _capacity;
    private int _cached;

    /// <param name="rows">Training rows.</param>
    /// <param name="gamma">γ.</param>
    /// <param name="megabytes">Cache budget (libsvm's cache_size, scikit-learn's default 200 MB); at least two columns are kept.</param>
    public RbfKernelCache(double[][] rows, double gamma, double megabytes)
    {
        _rows = rows;
        _gamma = gamma;
        _squares = rows.Select(r => VectorMath.Dot(r, r)).ToArray();
        _columns = new float[rows.Length][];
        _nodes = new LinkedListNode<int>[rows.Length];
        _capacity = (int)Math.Clamp(megabytes * (1 << 20) / (4.0 * Math.Max(rows.Length, 1)), 2, rows.Length);
    }

    public double Gamma => _gamma;

    /// <summary>K(i, i) in double precision, as libsvm's QD.</summary>
    public double Diagonal(int i) => Math.Exp(-_gamma * (_squares[i] + _squares[i] - 2 * VectorMath.Dot(_rows[i], _rows[i])));

    /// <summary>Column i of K over all training rows (single precision); valid until <paramref name="i"/> is evicted, so copy what must outlive the next call.</summary>
    public float[] Column(int i)
    {
        var column = _columns[i];
        if (column is not null)
        {
            _recent.Remove(_nodes[i]!);
            _recent.AddLast(_nodes[i]!);
            return column;
        }
        if (_cached == _capacity)
        {
            int oldest = _recent.First!.Value;
            _recent.RemoveFirst();
            column = _columns[oldest];
            _columns[oldest] = null;
            _nodes[oldest] = null;
            _cached--;
        }
        column ??= new float[_rows.Length];
        var row = _rows[i];
        double square = _squares[i];
        for (int j = 0; j < column.Length; j++)
            column[j] = (float)Math.Exp(-_gamma * (square + _squares[j] - 2 * VectorMath.Dot(row, _rows[j])));
        _columns[i] = column;
        _nodes[i] = _recent.AddLast(i);
        _cached++;
        return column;
    }
}
