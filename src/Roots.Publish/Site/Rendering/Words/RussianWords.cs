namespace Roots.Publish.Site.Rendering.Words;

/// <summary>The default theme's words in Russian (<c>ru</c>). Every key English has; see <see cref="UiText"/>.</summary>
internal static class RussianWords
{
    /// <summary>The words, by key.</summary>
    public static IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "Главная",
        ["navigation"] = "Навигация по сайту",
        ["latest"] = "Новые публикации",
        ["tags"] = "Теги",
        ["categories"] = "Рубрики",
        ["years"] = "По годам",
        ["authors"] = "Авторы",
        ["about"] = "О сайте",
        ["search"] = "Поиск",
        ["search_placeholder"] = "Поиск по названиям, ключевым словам, аннотациям…",
        ["search_none"] = "Ничего не найдено.",
        ["search_help"] = "Введите слово на любом языке.",
        ["related"] = "Похожие материалы",
        ["backlinks"] = "Упоминается в",
        ["identifiers"] = "Идентификаторы",
        ["cite"] = "Как цитировать",
        ["plain_text"] = "Обычный текст",
        ["abstract"] = "Аннотация",
        ["keywords"] = "Ключевые слова",
        ["category"] = "Рубрика",
        ["published"] = "Опубликовано",
        ["languages"] = "Языки",
        ["original_language"] = "Язык оригинала",
        ["machine_translation"] = "Машинный перевод",
        ["feeds"] = "Ленты",
        ["items"] = "публикаций",
        ["licence"] = "Лицензия",
        ["text"] = "Текст",
        ["all_items"] = "Все публикации",
        ["choose_language"] = "Выберите язык",
        ["colon"] = ": ",
    };
}
