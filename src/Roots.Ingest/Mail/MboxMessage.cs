namespace Roots.Ingest.Mail;

/// <summary>One message cut out of an mbox: its number (1-based) and its RFC 5322 bytes, without the <c>From </c> line.</summary>
public readonly record struct MboxMessage(int Number, ReadOnlyMemory<byte> Content);
