using Roots.Core.Identifiers;
using YamlDotNet.Serialization;

namespace Roots.App.Configuration;

/// <summary>
/// The <c>site:</c> section of <c>roots.yaml</c>: the journal a library publishes, read by
/// <c>roots publish</c> (pages, feeds, sitemap) and <c>roots export</c> (DataCite, Zenodo …).
/// Every setting is optional; without any, a site is still written (titled "Roots", in the
/// languages of its items, for <c>http://localhost/</c> until a base URL is given).
/// </summary>
public sealed class SiteSettings
{
    /// <summary>The site (journal) title per language: <c>{zh: 时代跃迁, en: The Epochal Transition}</c>.</summary>
    [YamlMember(Alias = "title")]
    public Dictionary<string, string> Title { get; set; } = [];

    /// <summary>A one-paragraph description per language (home page, feeds, meta description).</summary>
    [YamlMember(Alias = "description")]
    public Dictionary<string, string> Description { get; set; } = [];

    /// <summary>The absolute http(s) URL the site is served from (canonical URLs, sitemap, feeds, DOI landing pages).</summary>
    [YamlMember(Alias = "base_url")]
    public string? BaseUrl { get; set; }

    /// <summary>The languages pages are written in; the first is the default. Empty: the languages of the published items.</summary>
    [YamlMember(Alias = "languages")]
    public List<string> Languages { get; set; } = [];

    /// <summary>The journal's ISSN (validated: check digit).</summary>
    [YamlMember(Alias = "issn")]
    public string? Issn { get; set; }

    /// <summary>The publisher's name.</summary>
    [YamlMember(Alias = "publisher")]
    public string? Publisher { get; set; }

    /// <summary>The licence as an SPDX id (<c>CC-BY-4.0</c>); URL and name are filled in for the common ones.</summary>
    [YamlMember(Alias = "licence")]
    public string? Licence { get; set; }

    /// <summary>The authors of the site's own items (front matter <c>own: true</c>) that name none; other items' authors come from the items or stay unknown.</summary>
    [YamlMember(Alias = "authors")]
    public List<SiteAuthorSettings> Authors { get; set; } = [];

    /// <summary>
    /// Tags that mark an item as the site's own work, as <c>roots add --own</c> and front matter
    /// <c>own: true</c> do: a taxonomy rule that tags a folder or feed <c>mine</c> makes its items yours.
    /// </summary>
    [YamlMember(Alias = "own_tags")]
    public List<string> OwnTags { get; set; } = [];

    /// <summary>The about page's text per language (plain text; blank lines separate paragraphs).</summary>
    [YamlMember(Alias = "about")]
    public Dictionary<string, string> About { get; set; } = [];

    /// <summary>The first problem with these settings, as one line; <c>null</c> when they are sound.</summary>
    public string? Validate()
    {
        if (BaseUrl is not null && (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            return $"site.base_url must be an absolute http or https URL, not '{BaseUrl}'";
        }

        if (Issn is not null && !Identifier.Create(IdentifierKind.Issn, Issn).IsSuccess)
        {
            return $"site.issn '{Issn}' is not a valid ISSN: {Identifier.Create(IdentifierKind.Issn, Issn).Error}";
        }

        foreach (string language in Languages.Concat(Title.Keys).Concat(Description.Keys).Concat(About.Keys))
        {
            if (!Roots.Publish.Metadata.LanguageTags.SameLanguage(language, language) || language.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
            {
                return $"site: '{language}' is not a language tag (zh, en, zh-Hant …)";
            }
        }

        foreach (var author in Authors)
        {
            if (string.IsNullOrWhiteSpace(author.Family) && string.IsNullOrWhiteSpace(author.Name))
            {
                return "site.authors: each author needs family (and given) or name";
            }

            if (author.Orcid is not null && !Identifier.Create(IdentifierKind.Orcid, author.Orcid).IsSuccess)
            {
                return $"site.authors: '{author.Orcid}' is not a valid ORCID iD";
            }
        }

        return null;
    }
}

/// <summary>One default author in <c>site.authors</c>.</summary>
public sealed class SiteAuthorSettings
{
    /// <summary>The family name.</summary>
    [YamlMember(Alias = "family")]
    public string? Family { get; set; }

    /// <summary>The given name.</summary>
    [YamlMember(Alias = "given")]
    public string? Given { get; set; }

    /// <summary>The name as one string, for organisations or names that do not split.</summary>
    [YamlMember(Alias = "name")]
    public string? Name { get; set; }

    /// <summary>The ORCID iD (validated: check digit).</summary>
    [YamlMember(Alias = "orcid")]
    public string? Orcid { get; set; }

    /// <summary>The affiliation as written.</summary>
    [YamlMember(Alias = "affiliation")]
    public string? Affiliation { get; set; }
}
