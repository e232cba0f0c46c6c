namespace DlRadiomics.Deep;

/// <summary>
/// The per-channel normalisation a network was trained with, applied to a picture scaled to [0, 1]:
/// x_c = (v · <see cref="Scale"/> − <see cref="Mean"/>[c]) / <see cref="Std"/>[c], channels in the network's order;
/// with a <see cref="MeanImage"/>, x_c(r, w) = (v · Scale − MeanImage[c, r, w]) / Std[c] instead.
/// </summary>
/// <param name="Name">Short name written in results (e.g. <c>imagenet-torchvision</c>).</param>
/// <param name="Scale">Factor from [0, 1] to the network's pixel range (1 for torchvision, 255 for 8-bit pixels).</param>
/// <param name="Mean">Subtracted per channel after scaling (ignored when <paramref name="MeanImage"/> is given).</param>
/// <param name="Std">Divisor per channel.</param>
/// <param name="MeanImage">A per-pixel mean subtracted instead of <paramref name="Mean"/>: 3 × H × W values in C
/// order, at the network's input size.</param>
public sealed record InputNormalization(string Name, double Scale, double[] Mean, double[] Std, float[]? MeanImage = null)
{
    /// <summary>torchvision's ImageNet models: RGB, mean (0.485, 0.456, 0.406), std (0.229, 0.224, 0.225), pixels in [0, 1].</summary>
    public static InputNormalization ImageNetTorchvision { get; } =
        new("imagenet-torchvision", 1, [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]);
}
