namespace DlRadiomics.Learning;

/// <summary>The node arrays of a <see cref="ClassificationTree"/> as saved in a model's JSON.</summary>
internal sealed record TreeState(
    int[] ChildrenLeft, int[] ChildrenRight, int[] Feature, double[] Threshold, double[] Impurity,
    int[] NodeSamples, double[] WeightedNodeSamples, double[] NegativeWeight, double[] PositiveWeight);
