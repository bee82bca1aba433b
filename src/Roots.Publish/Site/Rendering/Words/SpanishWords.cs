namespace Roots.Publish.Site.Rendering.Words;

/// <summary>The default theme's words in Spanish (<c>es</c>). Every key English has; see <see cref="UiText"/>.</summary>
internal static class SpanishWords
{
    /// <summary>The words, by key.</summary>
    public static IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "Inicio",
        ["navigation"] = "Navegación del sitio",
        ["latest"] = "Lo más reciente",
        ["tags"] = "Etiquetas",
        ["categories"] = "Categorías",
        ["years"] = "Años",
        ["authors"] = "Autores",
        ["about"] = "Acerca de",
        ["search"] = "Buscar",
        ["search_placeholder"] = "Buscar en títulos, palabras clave, resúmenes…",
        ["search_none"] = "No se encontraron resultados.",
        ["search_help"] = "Escriba una palabra en cualquier idioma.",
        ["related"] = "Artículos relacionados",
        ["backlinks"] = "Mencionado en",
        ["identifiers"] = "Identificadores",
        ["cite"] = "Cómo citar",
        ["plain_text"] = "Texto sin formato",
        ["abstract"] = "Resumen",
        ["keywords"] = "Palabras clave",
        ["category"] = "Categoría",
        ["published"] = "Publicado",
        ["languages"] = "Idiomas",
        ["original_language"] = "Idioma original",
        ["machine_translation"] = "Traducción automática",
        ["feeds"] = "Suscripciones",
        ["items"] = "artículos",
        ["licence"] = "Licencia",
        ["text"] = "Texto",
        ["all_items"] = "Todos los artículos",
        ["choose_language"] = "Elija un idioma",
        ["colon"] = ": ",
    };
}
