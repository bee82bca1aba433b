using Roots.Publish.Metadata;

namespace Roots.Publish.Head;

/// <summary>
/// Builds the OpenGraph tags (https://ogp.me) that social networks and chat apps read for link
/// previews: <c>og:title</c>, <c>og:type</c> article, <c>og:url</c>, <c>og:locale</c> and its
/// alternates, and the <c>article:*</c> properties.
/// </summary>
/// <remarks>
/// <c>og:locale</c> is <c>language_TERRITORY</c> (<c>zh_CN</c>, <c>en_US</c>); one
/// <c>og:locale:alternate</c> per other language the titles exist in. <c>article:author</c>
/// is the author's ORCID record when known (OpenGraph wants a profile URL), otherwise the name.
/// Stateless and thread-safe.
/// </remarks>
public static class OpenGraphTags
{
    /// <summary>The longest <c>og:description</c> written, in characters; previews show far less.</summary>
    public const int MaxDescriptionLength = 300;

    /// <summary>The tags for <paramref name="record"/>; tags with no value are left out.</summary>
    public static IReadOnlyList<MetaTag> Build(PublicationRecord record)
    {
        var r = ResolvedRecord.Of(record);
        var tags = new List<MetaTag>();
        void Add(string key, string? value)
        {
            string text = CleanText.OneLine(value);
            if (text.Length > 0)
            {
                tags.Add(MetaTag.Property(key, text));
            }
        }

        Add("og:title", r.TitleText);
        Add("og:type", "article");
        Add("og:url", r.BestUrl);
        Add("og:description", Shorten(CleanText.OneLine(r.Abstract?.Text)));
        Add("og:site_name", r.JournalTitle?.Text);
        string? locale = LanguageTags.ToOpenGraphLocale(r.Language ?? r.Title?.Language);
        Add("og:locale", locale);
        var alternates = r.TranslatedTitles.Select(t => LanguageTags.ToOpenGraphLocale(t.Language))
            .OfType<string>().Where(l => l != locale).Distinct(StringComparer.Ordinal);
        foreach (string alternate in alternates)
        {
            Add("og:locale:alternate", alternate);
        }

        Add("article:published_time", record.PublicationDate?.ToIsoString());
        foreach (var creator in r.Creators)
        {
            Add("article:author", CreatorNames.OrcidUrl(creator) ?? CreatorNames.Display(creator));
        }

        foreach (string tag in r.KeywordsInLanguage())
        {
            Add("article:tag", tag);
        }

        return tags;
    }

    // Cut at a word boundary where there is one (Chinese has none), with an ellipsis.
    private static string Shorten(string text)
    {
        if (text.Length <= MaxDescriptionLength)
        {
            return text;
        }

        int cut = MaxDescriptionLength - 1;
        if (char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        int space = text.LastIndexOf(' ', cut);
        return text[..(space > MaxDescriptionLength / 2 ? space : cut)].TrimEnd() + "…";
    }
}
