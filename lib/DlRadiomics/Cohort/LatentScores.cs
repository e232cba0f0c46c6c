using MathNet.Numerics.Distributions;

namespace DlRadiomics.Cohort;

/// <summary>
/// Latent standard-normal scores of one group of patients: a few shared factors per patient and, per variable,
/// <c>z = Σ loading·factor + √(1 − Σ loading²)·ε</c>, so two variables loading on one factor correlate by the product
/// of their loadings. Draws come from one random stream in a fixed order.
/// </summary>
internal sealed class LatentScores
{
    private readonly double[,] _factors;
    private readonly Random _rng;
    private readonly IReadOnlyDictionary<string, (SurgicalRiskModel.Factor Factor, double Loading)[]> _loadings;

    public LatentScores(int n, Random rng, IReadOnlyDictionary<string, (SurgicalRiskModel.Factor, double)[]> loadings)
    {
        int k = Enum.GetValues<SurgicalRiskModel.Factor>().Length;
        _factors = new double[n, k];
        for (int i = 0; i < n; i++)
            for (int f = 0; f < k; f++) _factors[i, f] = rng.NextNormal();
        _rng = rng;
        _loadings = loadings;
        Count = n;
    }

    public int Count { get; }

    /// <summary>The latent score of <paramref name="variable"/> for every patient, plus a constant <paramref name="shift"/>.</summary>
    public double[] Score(string variable, double shift = 0)
    {
        var loadings = _loadings.TryGetValue(variable, out var l) ? l : [];
        double own = Math.Sqrt(1 - loadings.Sum(x => x.Loading * x.Loading));
        var z = new double[Count];
        for (int i = 0; i < Count; i++)
        {
            double s = shift + own * _rng.NextNormal();
            foreach (var (factor, loading) in loadings) s += loading * _factors[i, (int)factor];
            z[i] = s;
        }
        return z;
    }

    /// <summary>Grades within levels of a coarse grouping: patients of group g are split by rank of <paramref name="latent"/> into <paramref name="splits"/>[g].</summary>
    public static int[] Refine(int[] group, double[] latent, IReadOnlyList<IReadOnlyList<double>> splits, IReadOnlyList<int> firstGrade)
    {
        var grades = new int[group.Length];
        for (int g = 0; g < splits.Count; g++)
        {
            var members = Enumerable.Range(0, group.Length).Where(i => group[i] == g).ToArray();
            if (members.Length == 0) continue;
            var counts = ExactMarginals.ScaleCounts(splits[g].Select(s => (int)Math.Round(s * 1000)).ToArray(), members.Length);
            var within = ExactMarginals.Categories(members.Select(i => latent[i]).ToArray(), counts);
            for (int m = 0; m < members.Length; m++) grades[members[m]] = firstGrade[g] + within[m];
        }
        return grades;
    }

    public static double Probability(double z) => Normal.CDF(0, 1, z);
}
