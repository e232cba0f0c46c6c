using DlRadiomics.Numerics;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Learning.Pipelines;

/// <summary>How <see cref="LassoStep"/> fits its lasso.</summary>
public enum LassoKind
{
    /// <summary>scikit-learn <c>LassoCV(cv=KFold(folds))</c> on the 0/1 outcome, the α with the smallest CV mean squared error (<see cref="LassoCv"/>), as the studies did.</summary>
    Linear,

    /// <summary>glmnet's logistic lasso with <c>cv.glmnet</c> and λ.min (<see cref="LogisticLasso"/>), folds drawn with the step's seed.</summary>
    Logistic,
}

/// <summary>
/// LASSO selection with inner <paramref name="Folds"/>-fold cross-validation on the training rows: keeps the columns
/// with a non-zero coefficient at the cross-validated penalty (the minimum-error criterion of the studies).
/// </summary>
/// <param name="Folds">Inner folds (10 in the studies).</param>
/// <param name="Kind">Linear (scikit-learn, the studies' tool) or logistic (glmnet).</param>
/// <param name="Seed">Seed of the logistic lasso's fold assignment; the linear kind uses consecutive folds, as scikit-learn.</param>
public sealed record LassoStep(int Folds = 10, LassoKind Kind = LassoKind.Linear, int Seed = 0) : IPipelineStep
{
    public string Name => "lasso";

    public IFittedStep Fit(double[][] x, IReadOnlyList<int> y)
    {
        if (x.Length < Folds) throw new LearnerInputException($"lasso: {x.Length} training rows cannot be split into the {Folds} inner folds; use fewer folds or more rows");
        int[] kept = Kind == LassoKind.Linear
            ? LassoCv.Fit(x, y.Select(v => (double)v).ToArray(), new LassoCvOptions(Folds: Folds)).Selected.Select(f => f.Index).ToArray()
            : LogisticLasso.CrossValidate(x, y, LogisticLasso.RandomFoldIds(x.Length, Folds, Seed), new LogisticLassoOptions(MaxDegreeOfParallelism: 1))
                .Selected().Select(f => f.Index).ToArray();
        return new ColumnSelection(Name, x[0].Length, kept);
    }
}
