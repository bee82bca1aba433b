using Roots.App.Configuration;
using Roots.Core.Identifiers;
using Roots.Core.Model;
using Roots.Publish.Metadata;
using Roots.Publish.Site.Model;

namespace Roots.App.Publish;

/// <summary>Turns the <c>site:</c> settings into the journal and site options of <c>Roots.Publish</c>.</summary>
public static class SiteOptionsFactory
{
    /// <summary>The base URL used until one is configured: pages still link together, canonical URLs say where they are not yet.</summary>
    public const string DefaultBaseUrl = "http://localhost/";

    /// <summary>The journal described by <paramref name="site"/>; <c>null</c> when it says nothing about one.</summary>
    public static Journal? Journal(SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (site.Title.Count == 0 && site.Issn is null && site.Publisher is null && site.Licence is null && site.Authors.Count == 0 && site.BaseUrl is null && site.OwnTags.Count == 0)
        {
            return null;
        }

        return new Journal
        {
            Titles = Texts(site.Title, site.Languages),
            Issn = site.Issn is null ? null : Identifier.Create(IdentifierKind.Issn, site.Issn) is { IsSuccess: true } issn ? issn.Value : null,
            Publisher = site.Publisher,
            BaseUrl = site.BaseUrl is null ? null : BaseUrl(site.BaseUrl),
            License = string.IsNullOrWhiteSpace(site.Licence) ? null : License.FromSpdx(site.Licence),
            DefaultCreators = site.Authors.Select(Creator).ToList(),
            OwnWorkTags = [.. site.OwnTags.Select(TagName.Normalize).Where(t => t.Length > 0)],
        };
    }

    /// <summary>The site options for a publish.</summary>
    public static SiteOptions Options(SiteSettings site, string baseUrl, IReadOnlyList<string> languages, string? templateDirectory) => new()
    {
        BaseUrl = BaseUrl(baseUrl),
        Languages = languages,
        Titles = Texts(site.Title, languages),
        Descriptions = Texts(site.Description, languages),
        About = Texts(site.About, languages),
        Journal = Journal(site),
        TemplateDirectory = templateDirectory,
    };

    /// <summary><paramref name="url"/> with a trailing slash.</summary>
    public static string BaseUrl(string url) => url.EndsWith('/') ? url : url + "/";

    /// <summary>Texts in the order of <paramref name="languages"/>, then the rest by language tag.</summary>
    private static List<LocalizedText> Texts(Dictionary<string, string> byLanguage, IReadOnlyList<string> languages) =>
        byLanguage.Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .OrderBy(p => languages.IndexOf(p.Key) is >= 0 and var i ? i : int.MaxValue).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new LocalizedText(p.Key, p.Value.Trim())).ToList();

    private static Creator Creator(SiteAuthorSettings a)
    {
        var orcid = a.Orcid is null ? null : Identifier.Create(IdentifierKind.Orcid, a.Orcid) is { IsSuccess: true } o ? o.Value : null;
        return string.IsNullOrWhiteSpace(a.Family)
            ? new Creator { LiteralName = a.Name, Orcid = orcid, Affiliation = a.Affiliation }
            : Roots.Publish.Metadata.Creator.Person(a.Family, a.Given, orcid, a.Affiliation);
    }

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
