using Roots.TestKit.Mail;

namespace Roots.Cli.Tests;

/// <summary>A fact that needs Debian's Dovecot (<c>dovecot-imapd</c>) to start a real IMAP server: skipped, saying why, without it.</summary>
public sealed class DovecotFactAttribute : FactAttribute
{
    public DovecotFactAttribute()
    {
        if (DovecotPresence.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
