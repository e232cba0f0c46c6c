namespace DlRadiomics.Statistics.Selection;

/// <summary>Cross-validation loss of the logistic lasso (cv.glmnet's <c>type.measure</c>).</summary>
public enum CvMeasure
{
    /// <summary>Binomial deviance −2[y log p + (1−y) log(1−p)], p clamped to [1e-5, 1−1e-5] (<c>"deviance"</c>, the default).</summary>
    Deviance,
    /// <summary>Misclassification rate: an event with p ≤ 0.5 or a non-event with p &gt; 0.5 (<c>"class"</c>).</summary>
    MisclassificationError,
    /// <summary>Area under the ROC curve per fold, larger is better (<c>"auc"</c>); ties count ½.</summary>
    Auc,
}
