namespace Roots.Ingest.Mail;

/// <summary>One message read from an IMAP folder: its UID and its RFC 5322 bytes as the server holds them, or why it was not read.</summary>
/// <param name="Uid">The message's UID in the folder.</param>
/// <param name="Content">Its bytes (empty when <paramref name="Refused"/> is set).</param>
/// <param name="Refused">Why it was not read (too large), or null.</param>
public readonly record struct ImapMessage(uint Uid, ReadOnlyMemory<byte> Content, string? Refused = null);
