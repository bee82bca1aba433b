using Roots.Core.Identifiers;

namespace Roots.Publish.Metadata;

/// <summary>
/// A <see cref="PublicationRecord"/> with its defaults applied and its choices made once: which
/// title is the title proper, which creators, publisher and licence apply (the record's or the
/// journal's), and which URLs are safe to publish. Every exporter reads this, so they agree.
/// </summary>
internal sealed class ResolvedRecord
{
    private ResolvedRecord(PublicationRecord record)
    {
        Record = record;
        Language = LanguageTagSyntax.IsValid(record.Language) ? record.Language!.Trim() : null;
        var titles = record.Titles.Where(t => !string.IsNullOrWhiteSpace(t.Text)).ToList();
        Title = titles.FirstOrDefault(t => LanguageTags.SameLanguage(t.Language, Language)) ?? titles.FirstOrDefault();
        TranslatedTitles = titles.Where(t => !ReferenceEquals(t, Title)).ToList();
        var abstracts = record.Abstracts.Where(a => !string.IsNullOrWhiteSpace(a.Text)).ToList();
        Abstract = abstracts.FirstOrDefault(a => LanguageTags.SameLanguage(a.Language, Language)) ?? abstracts.FirstOrDefault();
        Abstracts = Abstract is null ? [] : [Abstract, .. abstracts.Where(a => !ReferenceEquals(a, Abstract))];
        Keywords = record.Keywords.Where(k => !string.IsNullOrWhiteSpace(k.Text)).ToList();
        // Only the site's own work takes the journal's default authors: a page or paper by someone else is not theirs.
        Creators = (record.Creators.Count > 0 ? record.Creators : record.IsOwnWork ? record.Journal?.DefaultCreators ?? [] : [])
            .Where(c => CreatorNames.Display(c).Length > 0).ToList();
        Publisher = NonEmpty(record.Publisher) ?? NonEmpty(record.Journal?.Publisher);
        License = record.License ?? record.Journal?.License;
        // The journal's title in the record's own language (an English version cites "The Epochal
        // Transition", its Chinese original 时代跃迁), else its first.
        var journalTitles = record.Journal?.Titles.Where(t => !string.IsNullOrWhiteSpace(t.Text)).ToList() ?? [];
        JournalTitle = journalTitles.FirstOrDefault(t => record.Language is { Length: > 0 } language
                && string.Equals(PrimaryLanguage(t.Language), PrimaryLanguage(language), StringComparison.OrdinalIgnoreCase))
            ?? journalTitles.FirstOrDefault();
        Issn = record.Journal?.Issn is { Kind: IdentifierKind.Issn } issn ? issn.Value : null;
        Doi = record.Doi is { Kind: IdentifierKind.Doi } doi ? doi.Value : null;
        LandingPage = WebLinks.Http(record.LandingPage);
        PdfUrl = WebLinks.Http(record.PdfUrl);
        JournalUrl = WebLinks.Http(record.Journal?.BaseUrl);
        LicenseUrl = WebLinks.Http(License?.Url);
        Type = PublicationTypes.For(record.Type);
    }

    public PublicationRecord Record { get; }

    /// <summary>The language of this version, trimmed; <c>null</c> when unknown or not shaped like a language tag.</summary>
    public string? Language { get; }

    /// <summary>The title proper; <c>null</c> when the record has no title.</summary>
    public LocalizedText? Title { get; }

    /// <summary>The title proper's text, or empty.</summary>
    public string TitleText => Title?.Text ?? "";

    /// <summary>The other titles, in record order.</summary>
    public IReadOnlyList<LocalizedText> TranslatedTitles { get; }

    /// <summary>The main abstract; <c>null</c> when none.</summary>
    public LocalizedText? Abstract { get; }

    /// <summary>All abstracts, the main one first.</summary>
    public IReadOnlyList<LocalizedText> Abstracts { get; }

    /// <summary>The non-empty keywords in record order.</summary>
    public IReadOnlyList<LocalizedText> Keywords { get; }

    /// <summary>The record's creators, or the journal's defaults for the site's own work (<see cref="PublicationRecord.IsOwnWork"/>); never one without a name.</summary>
    public IReadOnlyList<Creator> Creators { get; }

    public string? Publisher { get; }

    public License? License { get; }

    public LocalizedText? JournalTitle { get; }

    public string? Issn { get; }

    public string? Doi { get; }

    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + Doi;

    public string? LandingPage { get; }

    public string? PdfUrl { get; }

    public string? JournalUrl { get; }

    public string? LicenseUrl { get; }

    public PublicationTypeRow Type { get; }

    /// <summary>Keywords in the record's language (all keywords when none match).</summary>
    public IReadOnlyList<string> KeywordsInLanguage()
    {
        var own = Keywords.Where(k => LanguageTags.SameLanguage(k.Language, Language)).ToList();
        return (own.Count > 0 ? own : Keywords).Select(k => k.Text.Trim()).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The landing page, else the DOI resolver URL, else <c>null</c>: the URL a reader should follow.</summary>
    public string? BestUrl => LandingPage ?? DoiUrl;

    /// <summary>
    /// The resolved form of <paramref name="record"/>, made once per record instance (records are
    /// immutable; a site resolves each one for its lines, keys, heads and exports in every language).
    /// Thread-safe.
    /// </summary>
    public static ResolvedRecord Of(PublicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return s_resolved.GetValue(record, r => new ResolvedRecord(r));
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PublicationRecord, ResolvedRecord> s_resolved = new();

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string PrimaryLanguage(string? tag) => (tag ?? "").Split('-', '_')[0];
}
