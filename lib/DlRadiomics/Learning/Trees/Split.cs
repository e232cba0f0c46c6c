namespace DlRadiomics.Learning;

/// <summary>
/// A node's split: rows [start, <see cref="Position"/>) of the node go left (x[<see cref="Feature"/>] ≤
/// <see cref="Threshold"/>), they weigh <see cref="LeftWeight"/> of which <see cref="LeftPositive"/> class 1;
/// <see cref="Position"/> = end when no split was found.
/// </summary>
internal readonly record struct Split(int Feature, double Threshold, int Position, double ImpurityLeft, double ImpurityRight, double Improvement,
    int LeftWeight, int LeftPositive);
