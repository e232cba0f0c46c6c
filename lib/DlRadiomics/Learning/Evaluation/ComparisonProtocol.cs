namespace DlRadiomics.Learning.Evaluation;

/// <summary>Where a model comparison fits the pipeline steps (scaling, screening, redundancy removal, LASSO, PCA).</summary>
public enum ComparisonProtocol
{
    /// <summary>Inside every training fold, with the learner: the held-out rows never inform the selection (the default).</summary>
    Safe,

    /// <summary>
    /// Once on all training rows, before the folds, as the studies did: the cross-validated AUC is then optimistic,
    /// because the features were chosen knowing the held-out rows' outcomes.
    /// </summary>
    Paper,
}
