namespace Roots.Publish.Site.Rendering.Words;

/// <summary>The default theme's words in German (<c>de</c>). Every key English has; see <see cref="UiText"/>.</summary>
internal static class GermanWords
{
    /// <summary>The words, by key.</summary>
    public static IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "Startseite",
        ["navigation"] = "Seitennavigation",
        ["latest"] = "Neueste Beiträge",
        ["tags"] = "Schlagwörter",
        ["categories"] = "Kategorien",
        ["years"] = "Jahre",
        ["authors"] = "Autoren",
        ["about"] = "Über uns",
        ["search"] = "Suche",
        ["search_placeholder"] = "Titel, Schlüsselwörter, Zusammenfassungen durchsuchen…",
        ["search_none"] = "Keine Treffer.",
        ["search_help"] = "Geben Sie ein Wort in einer beliebigen Sprache ein.",
        ["related"] = "Ähnliche Beiträge",
        ["backlinks"] = "Erwähnt in",
        ["identifiers"] = "Kennungen",
        ["cite"] = "Diesen Beitrag zitieren",
        ["plain_text"] = "Als Text",
        ["abstract"] = "Zusammenfassung",
        ["keywords"] = "Schlüsselwörter",
        ["category"] = "Kategorie",
        ["published"] = "Veröffentlicht",
        ["languages"] = "Sprachen",
        ["original_language"] = "Originalsprache",
        ["machine_translation"] = "Maschinelle Übersetzung",
        ["feeds"] = "Feeds",
        ["items"] = "Beiträge",
        ["licence"] = "Lizenz",
        ["text"] = "Text",
        ["all_items"] = "Alle Beiträge",
        ["choose_language"] = "Sprache wählen",
        ["colon"] = ": ",
    };
}
