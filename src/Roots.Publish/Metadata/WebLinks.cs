using Roots.Core.Identifiers;

namespace Roots.Publish.Metadata;

/// <summary>Decides which URLs may be published.</summary>
internal static class WebLinks
{
    /// <summary>
    /// The URL normalised by <see cref="WebUrl.Normalize"/> when it is an absolute http or https
    /// URL without credentials; <c>null</c> otherwise. Metadata ends up in page heads and
    /// catalogues, so a <c>javascript:</c> or <c>data:</c> URL is dropped, never escaped and kept.
    /// </summary>
    public static string? Http(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var normalized = WebUrl.Normalize(url);
        return normalized.IsSuccess ? normalized.Value : null;
    }
}
