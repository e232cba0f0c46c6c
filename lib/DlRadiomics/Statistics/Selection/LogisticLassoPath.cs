using DlRadiomics.Numerics;
using DlRadiomics.Statistics.Scoring;

namespace DlRadiomics.Statistics.Selection;

/// <summary>An L1-penalised logistic regression path (R glmnet <c>glmnet(x, y, family = "binomial")</c> fields).</summary>
/// <param name="FeatureNames">Column names in order.</param>
/// <param name="Lambda">λ values, decreasing (<c>lambda</c>).</param>
/// <param name="Intercepts">Intercept per λ on the original scale (<c>a0</c>).</param>
/// <param name="Coefficients">Coefficients per λ on the original scale, [λ][feature] (<c>beta</c>).</param>
/// <param name="DevianceRatio">Fraction of null deviance explained per λ (<c>dev.ratio</c>).</param>
/// <param name="NullDeviance">Deviance of the intercept-only model (<c>nulldev</c>).</param>
/// <param name="Unconverged">Number of λ values whose fit hit MaxIterations.</param>
public sealed record LogisticLassoPath(
    string[] FeatureNames,
    double[] Lambda,
    double[] Intercepts,
    double[][] Coefficients,
    double[] DevianceRatio,
    double NullDeviance,
    int Unconverged)
{
    /// <summary>Number of non-zero coefficients per λ (<c>df</c>).</summary>
    public int[] NonZero => Coefficients.Select(c => c.Count(v => v != 0)).ToArray();

    /// <summary>
    /// Intercept and coefficients at any λ, interpolated linearly between the two neighbouring path values on the
    /// scale (λ₁ − λ)/(λ₁ − λ_K) and clamped to the path's ends — glmnet's <c>coef(fit, s = λ)</c> (<c>lambda.interp</c>).
    /// </summary>
    public RadScore At(double lambda)
    {
        int k = Lambda.Length;
        if (k == 1 || Lambda[0] == Lambda[k - 1]) return new RadScore(FeatureNames, Coefficients[0], Intercepts[0]);
        double span = Lambda[0] - Lambda[k - 1];
        double frac = Math.Clamp((Lambda[0] - lambda) / span, 0, 1);
        int right = 0;
        while (right < k - 1 && (Lambda[0] - Lambda[right]) / span < frac) right++;
        int left = Math.Max(0, right - 1);
        double lamLeft = (Lambda[0] - Lambda[left]) / span, lamRight = (Lambda[0] - Lambda[right]) / span;
        if ((Lambda[0] - Lambda[right]) / span == frac) left = right;
        double w = left == right || Math.Abs(lamLeft - lamRight) < Precision.MachineEpsilon ? 1 : (frac - lamRight) / (lamLeft - lamRight);
        var b = Coefficients[left].Zip(Coefficients[right], (l, r) => w * l + (1 - w) * r).ToArray();
        return new RadScore(FeatureNames, b, w * Intercepts[left] + (1 - w) * Intercepts[right]);
    }

    /// <summary>Linear predictor (log-odds) of each row at λ index <paramref name="index"/>.</summary>
    public double[] LinearPredictor(double[][] rows, int index) => new RadScore(FeatureNames, Coefficients[index], Intercepts[index]).Score(rows);

    /// <summary>Event probability of each row at λ index <paramref name="index"/>.</summary>
    public double[] PredictProbability(double[][] rows, int index) => LinearPredictor(rows, index).Select(Logistic.Sigmoid).ToArray();

    /// <summary>Rad-score (log-odds) of the features with non-zero coefficients at λ index <paramref name="index"/>.</summary>
    public RadScore RadScoreAt(int index)
    {
        var kept = Enumerable.Range(0, FeatureNames.Length).Where(j => Coefficients[index][j] != 0).ToArray();
        return new RadScore(kept.Select(j => FeatureNames[j]).ToArray(), kept.Select(j => Coefficients[index][j]).ToArray(), Intercepts[index]);
    }
}
