namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>Which way a score points, as pROC's <c>direction</c> argument.</summary>
public enum RocDirection
{
    /// <summary>pROC <c>"auto"</c>: <see cref="ControlsLower"/> when median(controls) ≤ median(cases), else <see cref="ControlsHigher"/>.</summary>
    Auto,

    /// <summary>pROC <c>"&lt;"</c>: higher scores mean case; a patient is positive when score ≥ threshold.</summary>
    ControlsLower,

    /// <summary>pROC <c>"&gt;"</c>: lower scores mean case; a patient is positive when score ≤ threshold.</summary>
    ControlsHigher,
}
