using Roots.Core.Model;
using Roots.Ingest.Web;

namespace Roots.App.Collect;

/// <summary>Turns a fetched response into what the ingest pipeline collects.</summary>
public static class FetchedDocument
{
    /// <summary>
    /// The document of <paramref name="result"/>: the body as the original (archived by content
    /// hash like a file), the final URL after redirects as its source (its identity for versions),
    /// and the Content-Type as sent, so that its charset reaches the extractor.
    /// </summary>
    public static CollectedDocument From(FetchResult result, string? title = null, IReadOnlyList<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        string url = result.FinalUrl.AbsoluteUri;
        return new CollectedDocument
        {
            Source = url,
            Content = result.Body,
            FileName = url,
            MediaType = result.ContentType,
            Url = url,
            Title = title,
            Tags = tags ?? [],
        };
    }
}
