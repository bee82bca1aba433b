namespace Roots.Publish.Site.Rendering.Words;

/// <summary>The default theme's words in Portuguese (<c>pt</c>). Every key English has; see <see cref="UiText"/>.</summary>
internal static class PortugueseWords
{
    /// <summary>The words, by key.</summary>
    public static IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "Início",
        ["navigation"] = "Navegação do site",
        ["latest"] = "Mais recentes",
        ["tags"] = "Etiquetas",
        ["categories"] = "Categorias",
        ["years"] = "Anos",
        ["authors"] = "Autores",
        ["about"] = "Sobre",
        ["search"] = "Pesquisar",
        ["search_placeholder"] = "Pesquisar títulos, palavras-chave, resumos…",
        ["search_none"] = "Nenhum resultado encontrado.",
        ["search_help"] = "Escreva uma palavra em qualquer idioma.",
        ["related"] = "Artigos relacionados",
        ["backlinks"] = "Mencionado em",
        ["identifiers"] = "Identificadores",
        ["cite"] = "Como citar",
        ["plain_text"] = "Texto simples",
        ["abstract"] = "Resumo",
        ["keywords"] = "Palavras-chave",
        ["category"] = "Categoria",
        ["published"] = "Publicado em",
        ["languages"] = "Idiomas",
        ["original_language"] = "Idioma original",
        ["machine_translation"] = "Tradução automática",
        ["feeds"] = "Feeds",
        ["items"] = "artigos",
        ["licence"] = "Licença",
        ["text"] = "Texto",
        ["all_items"] = "Todos os artigos",
        ["choose_language"] = "Escolha um idioma",
        ["colon"] = ": ",
    };
}
