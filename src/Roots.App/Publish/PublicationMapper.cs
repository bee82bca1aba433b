using System.Globalization;
using Roots.Core.Identifiers;
using Roots.Publish.Metadata;

namespace Roots.App.Publish;

/// <summary>
/// Turns an item (with its translations) into the <see cref="PublicationRecord"/> the exporters
/// and page heads read. The journal's creators, publisher and licence apply to items that name none.
/// </summary>
public static class PublicationMapper
{
    /// <summary>How many cited DOIs are exported as <c>References</c> at most.</summary>
    public const int MaxReferences = 100;

    /// <summary>The record of <paramref name="facts"/>.</summary>
    /// <param name="facts">The item.</param>
    /// <param name="translations">The other language versions of the same work (may be empty).</param>
    /// <param name="isOriginal">True for the original of its work; false for a translation of it.</param>
    /// <param name="journal">The journal from <c>site:</c>; <c>null</c> for none.</param>
    /// <param name="landingPage">The item's page on the published site; <c>null</c> to use the item's own URL.</param>
    public static PublicationRecord Map(ItemFacts facts, IReadOnlyList<ItemFacts> translations, bool isOriginal, Journal? journal, string? landingPage)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(translations);
        var item = facts.Item;
        string language = item.Language == "und" ? "" : item.Language;
        var others = translations.Where(t => t.Item.Id != item.Id && t.Item.Language != item.Language).ToList();
        // Model translations (roots translate) fill the languages no separate language version covers.
        var stored = facts.StoredTranslations.Where(t => t.Language != language && others.All(o => o.Item.Language != t.Language)).ToList();
        var related = new List<RelatedIdentifier>();
        foreach (var other in others.Where(o => o.Doi is not null))
        {
            var relation = isOriginal ? RelationType.HasTranslation : RelationType.IsTranslationOf;
            related.Add(new RelatedIdentifier(other.Doi!, relation, PublicationType.JournalArticle, other.Item.Language));
        }

        related.AddRange(facts.CitedDois.Where(d => d != facts.Doi && others.All(o => o.Doi != d))
            .Take(MaxReferences).Select(d => new RelatedIdentifier(d, RelationType.References)));
        var url = item.Url is not null && Identifier.Create(IdentifierKind.Url, item.Url) is { IsSuccess: true } u ? u.Value : null;
        return new PublicationRecord
        {
            Id = item.ExternalId ?? item.Id.ToString(CultureInfo.InvariantCulture),
            Language = language.Length > 0 ? language : null,
            Titles = [new(language, item.Title), .. others.Select(o => new LocalizedText(o.Item.Language, o.Item.Title)), .. stored.Select(t => new LocalizedText(t.Language, t.Title))],
            Abstracts = [.. Abstract(facts, language), .. others.SelectMany(o => Abstract(o, o.Item.Language)),
                .. stored.Where(t => t.Summary.Length > 0).Select(t => new LocalizedText(t.Language, t.Summary))],
            Keywords = [.. facts.Keywords.Select(k => new LocalizedText(language, k.Display)), .. others.SelectMany(o => o.Keywords.Select(k => new LocalizedText(o.Item.Language, k.Display))),
                .. stored.SelectMany(t => t.Keywords.Select(k => new LocalizedText(t.Language, k)))],
            Subjects = item.Tags.Select(t => new Subject(t, null, "Roots tags")).ToList(),
            Creators = [.. CreatorParser.FromFields(facts.Fields).Select(c => AsTheSiteNamesThem(c, journal))],
            IsOwnWork = facts.Fields.GetValueOrDefault("own")?.Trim().ToLowerInvariant() is "true" or "yes" or "1"
                || (journal is { OwnWorkTags.Count: > 0 } && item.Tags.Any(journal.OwnWorkTags.Contains)),
            PublicationDate = DateOf(item.Published) ?? DateOf(facts.Fields.GetValueOrDefault("published")),
            Doi = facts.Doi,
            Identifiers = url is null ? [] : [url],
            Journal = journal,
            LandingPage = landingPage ?? url?.Value,
            RelatedIdentifiers = related,
        };
    }

    /// <summary>
    /// An author the site lists under <c>site.authors</c> with the same ORCID iD is written as the site
    /// writes them (family and given name, affiliation): the byline "Wu Zhaohui" and the site's
    /// "Wu, Zhaohui" are one person, and every format should say so the same way.
    /// </summary>
    private static Creator AsTheSiteNamesThem(Creator creator, Journal? journal) =>
        creator.Orcid is { } orcid && journal?.DefaultCreators.FirstOrDefault(d => d.Orcid == orcid) is { } listed ? listed : creator;

    private static IEnumerable<LocalizedText> Abstract(ItemFacts facts, string language) =>
        facts.Summary.Length == 0 ? [] : [new LocalizedText(language, facts.Summary)];

    /// <summary>The date part of <c>2026</c>, <c>2026-06</c>, <c>2026-06-01</c> or an ISO timestamp; <c>null</c> when it is none of them.</summary>
    public static PartialDate? DateOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string value = text.Trim();
        var parsed = PartialDate.Parse(value.Length > 10 && value[10] is 'T' or ' ' ? value[..10] : value);
        if (parsed.IsSuccess)
        {
            return parsed.Value;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? PartialDate.FromDate(DateOnly.FromDateTime(date.UtcDateTime))
            : null;
    }
}
