namespace DlRadiomics.Notebooks.Notebook;

/// <summary>A file that is not a readable nbformat 4 notebook, or a parameter that cannot be injected.</summary>
public sealed class NotebookFormatException(string message) : Exception(message);
