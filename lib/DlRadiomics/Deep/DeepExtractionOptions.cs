namespace DlRadiomics.Deep;

/// <summary>What <c>dlr deep</c> (<see cref="DeepExtraction.Run"/>) is asked to do.</summary>
/// <param name="Manifest">ID,Image,Mask manifest, or an images manifest (then <paramref name="Filter"/> is required).</param>
/// <param name="Out">Output CSV.</param>
/// <param name="ModelPath">ONNX network; null uses <c>models/resnext50_32x4d.onnx</c> when present (working folder or
/// beside the program), else the embedded ResNet18 (<see cref="DeepModel.Resolve"/>).</param>
/// <param name="OutputNode">Output to read; null takes the network's pooled features.</param>
/// <param name="Filter">Plane, ROI kind and delineation of an images manifest.</param>
/// <param name="BatchSize">Images per forward pass.</param>
/// <param name="Threads">ONNX Runtime intra-op threads (0: one batch per core at once, one thread each).</param>
/// <param name="DumpInputs">Folder where each case's network input is written as <c>&lt;ID&gt;.npy</c> (float32,
/// 1 × 3 × H × W, C order), or null.</param>
/// <param name="Prefix">Feature column prefix (<c>dl_</c> gives <c>dl_0</c> …).</param>
/// <param name="Force">Overwrite an existing output file and dumped inputs.</param>
/// <param name="Roi">ROI preprocessing; null takes the study's defaults.</param>
public sealed record DeepExtractionOptions(
    string Manifest,
    string Out,
    string? ModelPath = null,
    string? OutputNode = null,
    ImagesManifestFilter? Filter = null,
    int BatchSize = 8,
    int Threads = 0,
    string? DumpInputs = null,
    string Prefix = "dl_",
    bool Force = false,
    RoiSliceOptions? Roi = null);
