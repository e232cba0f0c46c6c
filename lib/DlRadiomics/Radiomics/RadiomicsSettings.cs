namespace DlRadiomics.Radiomics;

/// <summary>How <see cref="RadiomicsSettings.ResegmentRange"/> thresholds are read (PyRadiomics <c>resegmentMode</c>).</summary>
public enum ResegmentMode
{
    /// <summary>Thresholds are grey values.</summary>
    Absolute,
    /// <summary>Thresholds are fractions of the maximum grey value in the ROI.</summary>
    Relative,
    /// <summary>Thresholds are numbers of (population) standard deviations from the ROI mean.</summary>
    Sigma,
}

/// <summary>
/// How texture matrices of the separate directions are merged (PyRadiomics <c>weightingNorm</c>). When not set, each
/// feature is computed per direction and averaged; when set, the matrices are weighted by a function of the distance
/// between neighbours in millimetres and summed into one matrix.
/// </summary>
public enum WeightingNorm { Manhattan, Euclidean, Infinity, NoWeighting }

/// <summary>
/// The <c>setting</c> section of a PyRadiomics parameter file, validated once. Defaults are PyRadiomics 3.1's.
/// </summary>
/// <param name="Label">Mask value of the region of interest.</param>
/// <param name="BinWidth">Fixed bin width of the grey-level discretisation (used unless <paramref name="BinCount"/> is set).</param>
/// <param name="BinCount">Fixed number of bins; takes precedence over <paramref name="BinWidth"/> when set.</param>
/// <param name="MinimumRoiDimensions">Minimum number of axes along which the ROI spans more than one voxel (1–3).</param>
/// <param name="MinimumRoiSize">When set, the ROI must contain more than this many voxels.</param>
/// <param name="Normalize">Standardise the whole image to mean 0 and standard deviation 1 (sitk.Normalize) first.</param>
/// <param name="NormalizeScale">Factor applied after normalisation.</param>
/// <param name="RemoveOutliers">When normalising, clip standardised values to ±this many standard deviations.</param>
/// <param name="ResampledPixelSpacing">Resampling target spacing; resampling is not part of this engine yet.</param>
/// <param name="Interpolator">Interpolator name for resampling (only recorded).</param>
/// <param name="PadDistance">Padding around the ROI kept when cropping for filters (no effect on Original features).</param>
/// <param name="PreCrop">Crop before filtering (no effect on values: this engine always crops early).</param>
/// <param name="Distances">Neighbour distances (infinity norm) for GLCM, GLDM and NGTDM.</param>
/// <param name="Force2D">Compute texture matrices slice by slice in the plane orthogonal to <paramref name="Force2DDimension"/>.</param>
/// <param name="Force2DDimension">Out-of-plane axis in array order: 0 = z (slices), 1 = y, 2 = x.</param>
/// <param name="ResegmentRange">One (lower) or two (lower, upper) thresholds; voxels outside are removed from the ROI.</param>
/// <param name="ResegmentMode">How the thresholds are read.</param>
/// <param name="ResegmentShape">Also use the re-segmented mask for shape features.</param>
/// <param name="CorrectMask">When image and mask grids differ, resample the mask onto the image grid (nearest neighbour).</param>
/// <param name="GeometryTolerance">Tolerance of the image/mask geometry comparison (default 1e-6).</param>
/// <param name="AdditionalInfo">Report diagnostics columns.</param>
/// <param name="VoxelArrayShift">Added to intensities in firstorder Energy, TotalEnergy and RootMeanSquared.</param>
/// <param name="SymmetricalGlcm">Count co-occurrences in both directions.</param>
/// <param name="WeightingNorm">Merge directions by distance weighting instead of averaging features.</param>
/// <param name="GldmA">GLDM dependence cut-off α: neighbours with |i − j| ≤ α are dependent.</param>
/// <param name="Wavelet">Wavelet of the Wavelet image type (PyWavelets name, default coif1).</param>
/// <param name="WaveletLevel">Number of wavelet levels returned (PyRadiomics <c>level</c>).</param>
/// <param name="WaveletStartLevel">Wavelet levels computed but not returned first (PyRadiomics <c>start_level</c>).</param>
/// <param name="GradientUseSpacing">The Gradient image type uses the voxel spacing.</param>
/// <param name="Sigma">LoG σ values in mm, as PyRadiomics prints them (Python's <c>str</c> of the YAML number: <c>1.0</c>
/// stays <c>"1.0"</c>, <c>3</c> stays <c>"3"</c>); the text names the LoG image (<c>log-sigma-1-0-mm-3D</c>).</param>
/// <param name="Lbp2DRadius">Radius in voxels of the LBP2D image type's circle of samples (<c>lbp2DRadius</c>).</param>
/// <param name="Lbp2DSamples">Number of samples on that circle, 1–31 (<c>lbp2DSamples</c>).</param>
/// <param name="Lbp2DMethod">LBP2D method: default, ror, uniform, nri_uniform or var (<c>lbp2DMethod</c>).</param>
public sealed record RadiomicsSettings(
    int Label = 1,
    double BinWidth = 25,
    int? BinCount = null,
    int MinimumRoiDimensions = 2,
    int? MinimumRoiSize = null,
    bool Normalize = false,
    double NormalizeScale = 1,
    double? RemoveOutliers = null,
    IReadOnlyList<double>? ResampledPixelSpacing = null,
    string Interpolator = "sitkBSpline",
    int PadDistance = 5,
    bool PreCrop = false,
    IReadOnlyList<int>? Distances = null,
    bool Force2D = false,
    int Force2DDimension = 0,
    IReadOnlyList<double>? ResegmentRange = null,
    ResegmentMode ResegmentMode = ResegmentMode.Absolute,
    bool ResegmentShape = false,
    bool CorrectMask = false,
    double? GeometryTolerance = null,
    bool AdditionalInfo = true,
    double VoxelArrayShift = 0,
    bool SymmetricalGlcm = true,
    WeightingNorm? WeightingNorm = null,
    int GldmA = 0,
    string Wavelet = "coif1",
    int WaveletLevel = 1,
    int WaveletStartLevel = 0,
    bool GradientUseSpacing = true,
    IReadOnlyList<string>? Sigma = null,
    double Lbp2DRadius = 1,
    int Lbp2DSamples = 8,
    Filters.LocalBinaryPatternMethod Lbp2DMethod = Filters.LocalBinaryPatternMethod.Uniform)
{
    /// <summary>PyRadiomics' defaults.</summary>
    public static RadiomicsSettings Default { get; } = new();

    /// <summary><see cref="Distances"/>, or PyRadiomics' default [1].</summary>
    public IReadOnlyList<int> NeighbourDistances => Distances ?? [1];

    /// <summary>Tolerance used to compare image and mask geometry.</summary>
    public double EffectiveGeometryTolerance => GeometryTolerance ?? Imaging.ImageGeometry.DefaultTolerance;
}
