using System.Text;

namespace DlRadiomics.Notebooks.Execution;

/// <summary>
/// Collects one cell's outputs in order. Stream text is buffered and merged until another output arrives or
/// <see cref="FlushStreams"/> is called; every finished output is also handed to the listener at once.
/// Thread-safe: a cell may write from tasks it starts.
/// </summary>
internal sealed class OutputSink(Action<CellOutput>? listener)
{
    private readonly object gate = new();
    private readonly List<CellOutput> outputs = [];
    private readonly StringBuilder pending = new();
    private string? pendingStream;

    /// <summary>Set when the cell was abandoned after a timeout: later writes are dropped.</summary>
    public bool Detached { get; set; }

    public void Write(string stream, string text)
    {
        if (text.Length == 0) return;
        lock (gate)
        {
            if (Detached) return;
            if (pendingStream != stream) FlushLocked();
            pendingStream = stream;
            pending.Append(text);
        }
    }

    public void Add(CellOutput output)
    {
        lock (gate)
        {
            if (Detached) return;
            FlushLocked();
            Publish(output);
        }
    }

    public void FlushStreams()
    {
        lock (gate) FlushLocked();
    }

    public IReadOnlyList<CellOutput> Snapshot()
    {
        lock (gate)
        {
            FlushLocked();
            return outputs.ToList();
        }
    }

    private void FlushLocked()
    {
        if (pendingStream is null || pending.Length == 0) return;
        var output = new StreamOutput(pendingStream, pending.ToString());
        pending.Clear();
        pendingStream = null;
        Publish(output);
    }

    private void Publish(CellOutput output)
    {
        outputs.Add(output);
        listener?.Invoke(output);
    }
}
