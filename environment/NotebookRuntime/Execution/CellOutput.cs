using DlRadiomics.Notebooks.Display;

namespace DlRadiomics.Notebooks.Execution;

/// <summary>One output of a cell, in the four forms of Jupyter's output model.</summary>
public abstract record CellOutput;

/// <summary>Text written to stdout or stderr (<paramref name="Name"/> is "stdout" or "stderr").</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>A value passed to <c>display(...)</c>.</summary>
public sealed record DisplayOutput(MimeBundle Bundle) : CellOutput;

/// <summary>The value of the cell's trailing expression.</summary>
public sealed record ResultOutput(MimeBundle Bundle) : CellOutput;

/// <summary>A compile error, runtime exception, timeout or interruption.</summary>
/// <param name="Name">Exception type name or "CompilationError"/"TimeoutError"/"KeyboardInterrupt".</param>
/// <param name="Value">The message.</param>
/// <param name="Traceback">Lines to show: diagnostics or stack frames inside the cell.</param>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput;
