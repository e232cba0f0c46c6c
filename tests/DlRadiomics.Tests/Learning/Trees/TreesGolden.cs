using System.Text.Json;
using DlRadiomics.Learning;

namespace DlRadiomics.Tests.Learning;

/// <summary>
/// scikit-learn's decision tree, forests and MLP on the golden data sets (trees_mlp_golden.json, written by
/// make_golden_trees_mlp.py): per-fold test AUC, their mean, every row's out-of-fold probability and fold-0 details.
/// </summary>
internal static class TreesGolden
{
    private static readonly Lazy<JsonElement> Root = new(() =>
        JsonDocument.Parse(File.ReadAllText(GoldenDataset.File("trees_mlp_golden.json"))).RootElement);

    public static JsonElement Reference(GoldenDataset data, string learner) => Root.Value.GetProperty(data.Name).GetProperty(learner);

    public static GoldenDataset Dataset(string name) => name == "wdbc" ? GoldenDataset.Wdbc : GoldenDataset.Pima;

    /// <summary>Fits <paramref name="learner"/> on each standardised fold: the test AUC per fold and every row's out-of-fold probability.</summary>
    public static (double[] FoldAuc, double[] OutOfFold, IFittedModel Fold0) CrossValidate(GoldenDataset data, ILearner learner)
    {
        var aucs = new double[data.FoldCount];
        var oof = new double[data.Y.Length];
        IFittedModel? first = null;
        for (int k = 0; k < data.FoldCount; k++)
        {
            var fold = data.Standardized(k);
            var model = learner.Fit(fold.TrainX, fold.TrainY);
            var p = model.PredictProbability(fold.TestX);
            for (int i = 0; i < p.Length; i++) oof[fold.Test[i]] = p[i];
            aucs[k] = LearnerAssert.Auc(p, fold.TestY);
            first ??= model;
        }
        return (aucs, oof, first!);
    }
}
