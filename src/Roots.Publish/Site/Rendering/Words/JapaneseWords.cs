namespace Roots.Publish.Site.Rendering.Words;

/// <summary>The default theme's words in Japanese (<c>ja</c>), full-width colon. Every key English has; see <see cref="UiText"/>.</summary>
internal static class JapaneseWords
{
    /// <summary>The words, by key.</summary>
    public static IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "ホーム",
        ["navigation"] = "サイトナビゲーション",
        ["latest"] = "新着記事",
        ["tags"] = "タグ",
        ["categories"] = "カテゴリー",
        ["years"] = "年別",
        ["authors"] = "著者",
        ["about"] = "このサイトについて",
        ["search"] = "検索",
        ["search_placeholder"] = "タイトル・キーワード・要旨を検索…",
        ["search_none"] = "見つかりませんでした。",
        ["search_help"] = "どの言語でも単語を入力してください。",
        ["related"] = "関連記事",
        ["backlinks"] = "この記事に言及している記事",
        ["identifiers"] = "識別子",
        ["cite"] = "この記事を引用",
        ["plain_text"] = "テキスト形式",
        ["abstract"] = "要旨",
        ["keywords"] = "キーワード",
        ["category"] = "カテゴリー",
        ["published"] = "公開日",
        ["languages"] = "言語",
        ["original_language"] = "原文の言語",
        ["machine_translation"] = "機械翻訳",
        ["feeds"] = "フィード",
        ["items"] = "件",
        ["licence"] = "ライセンス",
        ["text"] = "本文",
        ["all_items"] = "すべての記事",
        ["choose_language"] = "言語を選択してください",
        ["colon"] = "：",
    };
}
