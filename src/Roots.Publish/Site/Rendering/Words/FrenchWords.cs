namespace Roots.Publish.Site.Rendering.Words;

/// <summary>The default theme's words in French (<c>fr</c>), a space before the colon, as French typography has it. Every key English has; see <see cref="UiText"/>.</summary>
internal static class FrenchWords
{
    /// <summary>The words, by key.</summary>
    public static IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "Accueil",
        ["navigation"] = "Navigation du site",
        ["latest"] = "Derniers articles",
        ["tags"] = "Étiquettes",
        ["categories"] = "Catégories",
        ["years"] = "Années",
        ["authors"] = "Auteurs",
        ["about"] = "À propos",
        ["search"] = "Rechercher",
        ["search_placeholder"] = "Rechercher dans les titres, mots-clés, résumés…",
        ["search_none"] = "Aucun résultat.",
        ["search_help"] = "Saisissez un mot, dans n’importe quelle langue.",
        ["related"] = "Articles connexes",
        ["backlinks"] = "Cité par",
        ["identifiers"] = "Identifiants",
        ["cite"] = "Citer cet article",
        ["plain_text"] = "Texte brut",
        ["abstract"] = "Résumé",
        ["keywords"] = "Mots-clés",
        ["category"] = "Catégorie",
        ["published"] = "Publié le",
        ["languages"] = "Langues",
        ["original_language"] = "Langue originale",
        ["machine_translation"] = "Traduction automatique",
        ["feeds"] = "Flux",
        ["items"] = "articles",
        ["licence"] = "Licence",
        ["text"] = "Texte",
        ["all_items"] = "Tous les articles",
        ["choose_language"] = "Choisissez une langue",
        ["colon"] = "\u00a0: ",
    };
}
