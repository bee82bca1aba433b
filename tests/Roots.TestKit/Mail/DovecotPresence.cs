using System.Diagnostics;

namespace Roots.TestKit.Mail;

/// <summary>
/// Whether Debian's Dovecot IMAP server is installed (CI installs it: <c>apt-get install dovecot-imapd</c>); the
/// IMAP tests start their own on loopback and skip, saying why, without it.
/// </summary>
public static class DovecotPresence
{
    /// <summary>Why the IMAP tests cannot run here; null when they can.</summary>
    public static string? UnavailableReason { get; } = Probe();

    private static string? Probe()
    {
        const string Install = "dovecot is not installed: apt-get install dovecot-imapd";
        try
        {
            var start = new ProcessStartInfo(DovecotServer.Program, "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 && File.Exists("/usr/lib/dovecot/imap") ? null : Install;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return Install;
        }
    }
}
