using System.Text.Json.Nodes;

namespace DlRadiomics.Learning.Pipelines;

/// <summary>
/// A preprocessing or feature-selection step of a <see cref="Pipeline"/>: settings only, fitted on training rows and
/// outcomes, never on the rows it will later transform.
/// </summary>
public interface IPipelineStep
{
    /// <summary>Short name used in hyper-parameter reports, JSON and on the command line (standardize, mwu, spearman, lasso, pca).</summary>
    string Name { get; }

    /// <summary>Fits the step on training rows × features and their 0/1 outcome.</summary>
    IFittedStep Fit(double[][] x, IReadOnlyList<int> y);
}

/// <summary>A fitted step: maps rows with <see cref="InputCount"/> features to rows with <see cref="OutputCount"/>.</summary>
public interface IFittedStep
{
    /// <summary>The step's short name.</summary>
    string Name { get; }

    /// <summary>Features each input row must have.</summary>
    int InputCount { get; }

    /// <summary>Features of each output row; 0 when a selection step kept nothing.</summary>
    int OutputCount { get; }

    /// <summary>Transforms rows (new arrays; the input is not modified).</summary>
    double[][] Transform(double[][] x);

    /// <summary>The fitted state as a JSON object with a <c>step</c> field; <see cref="FittedStepJson.Read"/> reads it back.</summary>
    JsonObject ToJson();
}
