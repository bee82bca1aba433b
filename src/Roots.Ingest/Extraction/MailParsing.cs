using System.Text;
using MimeKit;

namespace Roots.Ingest.Extraction;

/// <summary>
/// How Roots asks MimeKit to parse mail: leniently (real mailboxes hold every kind of broken
/// header), with nesting capped against hostile input, and with GB18030 as the fallback for
/// raw 8-bit header text that is not UTF-8, since the Chinese mail this library's users keep
/// was long sent in GB2312/GBK without encoded words.
/// </summary>
internal static class MailParsing
{
    /// <summary>Deepest MIME nesting read: 32 levels; real mail nests three or four.</summary>
    public const int MaxMimeDepth = 32;

    /// <summary>The options every parse uses; MimeKit treats them as read-only while parsing.</summary>
    public static ParserOptions Options { get; } = Create();

    private static ParserOptions Create()
    {
        // GB18030 comes from the code-pages provider, which must be registered before it is asked for.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new ParserOptions
        {
            ParameterComplianceMode = RfcComplianceMode.Loose,
            AddressParserComplianceMode = RfcComplianceMode.Loose,
            Rfc2047ComplianceMode = RfcComplianceMode.Loose,
            MaxMimeDepth = MaxMimeDepth,
            CharsetEncoding = Encoding.GetEncoding("GB18030"),
        };
    }
}
