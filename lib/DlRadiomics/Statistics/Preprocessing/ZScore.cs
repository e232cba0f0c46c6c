using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Statistics.Preprocessing;

/// <summary>Z-score standardisation fitted on training data only and applied unchanged to test data.</summary>
/// <remarks>
/// z_ij = (x_ij − x̄_j) / s_j with x̄_j the training mean and s_j = √(Σ(x_ij − x̄_j)² / d), d = n (scikit-learn
/// <c>StandardScaler</c>) or n − 1. A feature with s_j = 0 keeps s_j = 1, as scikit-learn does.
/// </remarks>
public static class ZScore
{
    public static ZScoreModel Fit(double[][] training, ZScoreOptions? options = null)
    {
        options ??= new ZScoreOptions();
        var cols = FeatureRows.Columns(training, "training");
        int n = training.Length;
        if (options.Divisor == VarianceDivisor.Sample && n < 2)
            throw new ModelInputException("a sample standard deviation needs at least 2 training rows");
        double divisor = options.Divisor == VarianceDivisor.Population ? n : n - 1;
        var mean = new double[cols.Length];
        var scale = new double[cols.Length];
        var constant = new List<int>();
        for (int j = 0; j < cols.Length; j++)
        {
            mean[j] = cols[j].Average();
            double ss = 0;
            foreach (double v in cols[j]) ss += (v - mean[j]) * (v - mean[j]);
            scale[j] = Math.Sqrt(ss / divisor);
            if (scale[j] == 0 || scale[j] < 10 * double.Epsilon * Math.Abs(mean[j])) { scale[j] = 1; constant.Add(j); }
        }
        return new ZScoreModel(mean, scale, constant.ToArray(), options);
    }
}
