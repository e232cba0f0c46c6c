using System.Runtime.InteropServices;

namespace DlRadiomics.Notebooks.Kernel;

/// <summary>
/// SIGINT as an interrupt for clients that signal the kernel (jupyter_client's <c>signal_kernel</c>, interrupt_mode
/// "signal") instead of sending interrupt_request.
/// </summary>
public static class InterruptSignal
{
    private const int SigInt = 2;
    private static readonly nint SigDfl = 0;

    /// <summary>
    /// Calls <paramref name="onInterrupt"/> on SIGINT instead of ending the process. A process started in the
    /// background by a non-interactive shell inherits SIGINT as ignored, and .NET leaves an ignored SIGINT ignored, so
    /// the disposition is reset to the default first: a kernel launched that way must still be interruptible.
    /// </summary>
    public static IDisposable Register(Action onInterrupt)
    {
        if (OperatingSystem.IsLinux()) signal(SigInt, SigDfl);
        return PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            onInterrupt();
        });
    }

    [DllImport("libc", SetLastError = true)]
    private static extern nint signal(int signalNumber, nint handler);
}
