namespace DlRadiomics.Statistics.Correlations;

/// <summary>A symmetric matrix of correlation coefficients and their p-values over named features.</summary>
public sealed class CorrelationMatrix
{
    private readonly double[,] _coefficients;
    private readonly double[,] _pValues;
    private readonly Dictionary<string, int> _index;

    internal CorrelationMatrix(CorrelationMethod method, string[] names, double[,] coefficients, double[,] pValues)
    {
        Method = method;
        Names = names;
        _coefficients = coefficients;
        _pValues = pValues;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
            if (!_index.TryAdd(names[i], i)) throw new StatisticsInputException($"feature name '{names[i]}' appears twice; feature names must be unique");
    }

    public CorrelationMethod Method { get; }
    public IReadOnlyList<string> Names { get; }

    public double Coefficient(int i, int j) => _coefficients[i, j];
    public double PValue(int i, int j) => _pValues[i, j];
    public double Coefficient(string a, string b) => _coefficients[IndexOf(a), IndexOf(b)];
    public double PValue(string a, string b) => _pValues[IndexOf(a), IndexOf(b)];

    public int IndexOf(string name) =>
        _index.TryGetValue(name, out int i) ? i : throw new StatisticsInputException($"no feature '{name}' in the correlation matrix");
}
