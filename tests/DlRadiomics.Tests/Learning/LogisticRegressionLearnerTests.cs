using DlRadiomics.Learning;
using DlRadiomics.Statistics.Validation;

namespace DlRadiomics.Tests.Learning;

public class LogisticRegressionLearnerTests
{
    [Theory]
    [MemberData(nameof(GoldenDataset.Names), MemberType = typeof(GoldenDataset))]
    public void CoefficientsAreScikitLearnsOptimumOnEveryFold(string dataset)
    {
        var data = GoldenDataset.Named(dataset);
        foreach (var (fold, fitted, probability) in LearnerAssert.AucMatches(data, new LogisticRegressionLearner(), "lr", 0.005))
        {
            var model = (LogisticRegressionModel)fitted;
            Assert.True(model.Converged, $"{dataset} fold {fold.Fold}: not converged after {model.Iterations} steps");
            var optimum = data.Reference(fold.Fold, "lr_optimum");
            var ours = model.Coefficients.Append(model.Intercept).ToArray();
            var newtonCg = optimum.GetProperty("coef").Doubles().Append(optimum.GetProperty("intercept").GetDouble()).ToArray();
            LearnerAssert.Close(newtonCg, ours, 1e-6, $"{dataset} fold {fold.Fold} coefficients vs newton-cg optimum");
            LearnerAssert.Close(optimum.GetProperty("proba").Doubles(), probability, 1e-8, $"{dataset} fold {fold.Fold} probabilities");
            // scikit-learn's default lbfgs stops on its objective-change test up to 1.35e-4 from the optimum (WDBC fold 2).
            var lbfgs = data.Reference(fold.Fold, "lr");
            LearnerAssert.Close(lbfgs.GetProperty("coef").Doubles().Append(lbfgs.GetProperty("intercept").GetDouble()).ToArray(), ours, 2e-4,
                $"{dataset} fold {fold.Fold} coefficients vs default lbfgs");
        }
    }

    [Fact]
    public void OnAWideTable_TheGradientVanishesAtTheCoefficients()
    {
        // 300 rows × 60 features: the fit starts from L-BFGS steps and ends on chord steps; the optimum is checked by its
        // definition, ∂/∂wⱼ = wⱼ + C·Σᵢ (pᵢ − yᵢ)·xᵢⱼ = 0 and ∂/∂b = C·Σᵢ (pᵢ − yᵢ) = 0.
        var random = new NumpyRandomState(5);
        var x = Enumerable.Range(0, 300).Select(_ => Enumerable.Range(0, 60).Select(_ => random.NextGaussian()).ToArray()).ToArray();
        var y = x.Select(r => r[0] - r[1] + 0.5 * r[2] + random.NextGaussian() > 0 ? 1 : 0).ToArray();
        foreach (double c in new[] { 1.0, 0.05 })
        {
            var model = (LogisticRegressionModel)new LogisticRegressionLearner(C: c).Fit(x, y);
            Assert.True(model.Converged);
            var residual = model.PredictProbability(x).Select((p, i) => p - y[i]).ToArray();
            Assert.InRange(c * residual.Sum(), -1e-7, 1e-7);
            for (int j = 0; j < 60; j++)
                Assert.InRange(model.Coefficients[j] + c * residual.Select((r, i) => r * x[i][j]).Sum(), -1e-7, 1e-7);
        }
    }

    [Fact]
    public void JsonRoundTripPredictsTheSame()
    {
        var fold = GoldenDataset.Wdbc.Standardized(0);
        LearnerAssert.RoundTrips(new LogisticRegressionLearner(C: 0.3).Fit(fold.TrainX, fold.TrainY), fold.TestX);
    }

    [Fact]
    public void WithoutInterceptTheInterceptIsZero()
    {
        var fold = GoldenDataset.Pima.Standardized(1);
        var model = (LogisticRegressionModel)new LogisticRegressionLearner(FitIntercept: false).Fit(fold.TrainX, fold.TrainY);
        Assert.Equal(0, model.Intercept);
        Assert.True(model.Converged);
    }

    [Fact]
    public void BadInputIsRejectedWithTheValue()
    {
        LearnerAssert.RejectsBadInput(new LogisticRegressionLearner());
        var e = Assert.Throws<LearnerInputException>(() => new LogisticRegressionLearner(C: -1).Fit([[0.0], [1.0]], [0, 1]));
        Assert.Contains("C = -1", e.Message);
    }
}
