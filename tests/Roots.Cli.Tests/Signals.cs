using System.Runtime.InteropServices;

namespace Roots.Cli.Tests;

/// <summary>Sends a Unix signal, as a terminal does on Ctrl-C (Process.Kill only sends SIGKILL).</summary>
internal static partial class Signals
{
    public const int Interrupt = 2; // SIGINT

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);
}
