namespace DlRadiomics.Learning;

/// <summary>
/// A learner that runs a native library (libxgboost, LightGBM) could not load it; the message names the library, the
/// file names tried and the command that installs it. Never replaced by a substitute learner.
/// </summary>
public sealed class NativeLibraryMissingException(string message) : DlRadiomicsException(message);
