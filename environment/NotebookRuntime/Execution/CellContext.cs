namespace DlRadiomics.Notebooks.Execution;

/// <summary>
/// The running cell as seen from code it runs: where console output and <c>display</c> go and its cancellation.
/// Flows with the execution context, so tasks a cell starts write to that cell, and an abandoned cell cannot write
/// into the next one.
/// </summary>
internal sealed class CellContext(OutputSink sink, CancellationToken cancellation, Func<DlRadiomics.Notebooks.Display.MimeBundle, DlRadiomics.Notebooks.Display.MimeBundle> resolveDependencies)
{
    private static readonly AsyncLocal<CellContext?> CurrentContext = new();

    public static CellContext? Current
    {
        get => CurrentContext.Value;
        set => CurrentContext.Value = value;
    }

    public OutputSink Sink { get; } = sink;

    public CancellationToken Cancellation { get; } = cancellation;

    public void Display(object? value) =>
        Sink.Add(new DisplayOutput(resolveDependencies(DlRadiomics.Notebooks.Display.Formatters.Format(value))));
}
