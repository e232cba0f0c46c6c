namespace DlRadiomics.Tests.Fuzz;

/// <summary>
/// Runs one reader call on mutated input under the fuzz test's rules: it must return, or throw a
/// <see cref="DlRadiomicsException"/> whose message names the input; within <see cref="Timeout"/>; allocating at most
/// <see cref="AllocationLimit"/> bytes on its thread. Anything else is a finding.
/// </summary>
public static class FuzzCase
{
    /// <summary>Per-case limit: every fixture is read in milliseconds, so a case still running after this hangs.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The fixtures are kilobytes; a reader that allocates this much believed a forged size.</summary>
    public const long AllocationLimit = 64L << 20;

    /// <summary>Null when the call behaved; otherwise what went wrong (exception type, message and where it was thrown).</summary>
    /// <param name="read">The reader call.</param>
    /// <param name="inputName">Text the message of a typed error must contain (the file or folder name).</param>
    public static string? Check(Action read, string inputName)
    {
        Exception? escaped = null;
        string? unnamed = null;
        long allocated = 0;
        var thread = new Thread(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            try { read(); }
            catch (DlRadiomicsException e) when (e.Message.Contains(inputName, StringComparison.Ordinal)) { }
            catch (DlRadiomicsException e) { unnamed = $"{e.GetType().Name} does not name '{inputName}': {e.Message}"; }
            catch (Exception e) { escaped = e; }
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }) { IsBackground = true };
        thread.Start();
        if (!thread.Join(Timeout)) return $"still running after {Timeout.TotalSeconds} s";
        if (escaped is not null)
            return $"{escaped.GetType().Name}: {escaped.Message} {escaped.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
        if (unnamed is not null) return unnamed;
        return allocated > AllocationLimit ? $"allocated {allocated >> 20} MiB" : null;
    }
}
