using System.Runtime.InteropServices;

namespace Roots.Cli.Tests;

/// <summary>Sends a Unix signal, as a terminal does on Ctrl-C (Process.Kill only sends SIGKILL).</summary>
internal static partial class Signals
{
    public const int Interrupt = 2; // SIGINT

    /// <summary>True when SIGINT is ignored here (and so in the children this process starts).</summary>
    public static bool InterruptIgnoredByThisProcess()
    {
        const string Prefix = "SigIgn:";
        string? line = File.Exists("/proc/self/status")
            ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            : null;
        return line is not null &&
            (ulong.Parse(line[Prefix.Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) & (1UL << (Interrupt - 1))) != 0;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);
}
