namespace DlRadiomics.Notebooks.Display;

/// <summary>HTML (usually a script element) that must appear once in a notebook before outputs that use it.</summary>
/// <param name="Key">Identity of the dependency, e.g. "plotly.js".</param>
/// <param name="Html">The markup inserted before the first output that needs it.</param>
public sealed record HtmlDependency(string Key, string Html);
