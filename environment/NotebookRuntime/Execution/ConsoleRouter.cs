using System.Text;

namespace DlRadiomics.Notebooks.Execution;

/// <summary>
/// Replaces <see cref="Console.Out"/> and <see cref="Console.Error"/> once per process with writers that send text to
/// the running cell's outputs, and to the original console when no cell runs. Console input reads end-of-file.
/// </summary>
internal static class ConsoleRouter
{
    private static readonly object Gate = new();
    private static bool installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (installed) return;
            Console.SetOut(new RoutingWriter("stdout", Console.Out));
            Console.SetError(new RoutingWriter("stderr", Console.Error));
            Console.SetIn(TextReader.Null);
            installed = true;
        }
    }

    private sealed class RoutingWriter(string stream, TextWriter fallback) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            if (value is null) return;
            if (CellContext.Current is { } cell) cell.Sink.Write(stream, value);
            else lock (fallback) fallback.Write(value);
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value) => Write(value + NewLine);

        public override void Flush()
        {
            if (CellContext.Current is null) fallback.Flush();
        }
    }
}
