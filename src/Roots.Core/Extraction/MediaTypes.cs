namespace Roots.Core.Extraction;

/// <summary>The media types Roots understands, as constants so that no stage spells them twice.</summary>
public static class MediaTypes
{
    public const string PlainText = "text/plain";
    public const string Markdown = "text/markdown";
    public const string Html = "text/html";
    public const string Pdf = "application/pdf";
    public const string Json = "application/json";
    public const string OctetStream = "application/octet-stream";
}
