using DlRadiomics.Deep;
using DlRadiomics.Figures;
using DlRadiomics.Statistics.Preprocessing;
using DlRadiomics.Tests.Deep;

namespace DlRadiomics.Tests.Figures;

public class DeepFiguresTests
{
    [Fact]
    public void The_input_figure_shows_each_slice_with_roi_and_crop_beside_the_network_picture()
    {
        var (image, mask) = DeepGolden.Volume("upsample");
        var input = new RoiSlicePreprocessor(RoiSliceOptions.Default, 224, 224, InputNormalization.ImageNetTorchvision).Prepare(image, mask);
        var figure = FigureJson.Parse(DeepInputFigure.Create([new("case A", input), new("case B", input)]));
        var traces = figure.Traces();
        Assert.Equal(["heatmap", "contour", "scatter", "heatmap", "heatmap", "contour", "scatter", "heatmap"], traces.Select(t => t.GetProperty("type").GetString()));
        var crop = traces[2];
        Assert.Equal([input.Crop.Column - 0.5, input.Crop.Column + input.Crop.Columns - 0.5], crop.Numbers("x").Distinct().Order());
        var picture = traces[3].GetProperty("z");
        Assert.Equal(224, picture.GetArrayLength());
        Assert.Equal(input.Resized[5 * 224 + 7], picture[5][7].GetDouble(), 6);
        Assert.Equal("x4", traces[7].GetProperty("xaxis").GetString());
    }

    [Fact]
    public void The_embedding_plots_the_first_two_principal_components_by_outcome()
    {
        var random = new Random(5);
        var features = Enumerable.Range(0, 20).Select(i => Enumerable.Range(0, 6).Select(j => random.NextDouble() + (i % 2) * (j == 0 ? 3 : 0)).ToArray()).ToArray();
        int[] outcome = Enumerable.Range(0, 20).Select(i => i % 2).ToArray();
        var figure = FigureJson.Parse(DeepEmbeddingFigure.Create(features, outcome, "resnet18-imagenet", ("conservative", "surgery")));
        var pca = PrincipalComponents.Fit(features, new PcaOptions(2));
        var scores = pca.Transform(features);
        Assert.Equal(Enumerable.Range(0, 10).Select(k => scores[2 * k + 1][0]), figure.Trace("surgery").Numbers("x"));
        Assert.Contains($"PC1 ({100 * pca.ExplainedVarianceRatio[0]:F1}% of variance)", figure.GetProperty("layout").GetProperty("xaxis").GetRawText());
        Assert.Contains("resnet18-imagenet", figure.GetProperty("layout").GetProperty("title").GetRawText());
    }

    [Fact]
    public void The_embedding_refuses_an_outcome_that_is_not_binary()
    {
        var e = Assert.Throws<FigureInputException>(() => DeepEmbeddingFigure.Create([[1.0, 2], [2.0, 1], [3.0, 3]], [0, 1, 2], "net"));
        Assert.Contains("outcome 3 is 2", e.Message);
    }
}
