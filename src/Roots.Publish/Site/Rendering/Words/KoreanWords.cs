namespace Roots.Publish.Site.Rendering.Words;

/// <summary>The default theme's words in Korean (<c>ko</c>). Every key English has; see <see cref="UiText"/>.</summary>
internal static class KoreanWords
{
    /// <summary>The words, by key.</summary>
    public static IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "홈",
        ["navigation"] = "사이트 메뉴",
        ["latest"] = "최신 글",
        ["tags"] = "태그",
        ["categories"] = "카테고리",
        ["years"] = "연도별",
        ["authors"] = "저자",
        ["about"] = "소개",
        ["search"] = "검색",
        ["search_placeholder"] = "제목, 키워드, 초록 검색…",
        ["search_none"] = "검색 결과가 없습니다.",
        ["search_help"] = "어떤 언어로든 검색어를 입력하세요.",
        ["related"] = "관련 글",
        ["backlinks"] = "이 글을 언급한 글",
        ["identifiers"] = "식별자",
        ["cite"] = "이 글 인용하기",
        ["plain_text"] = "일반 텍스트",
        ["abstract"] = "초록",
        ["keywords"] = "키워드",
        ["category"] = "카테고리",
        ["published"] = "게시일",
        ["languages"] = "언어",
        ["original_language"] = "원문 언어",
        ["machine_translation"] = "기계 번역",
        ["feeds"] = "피드",
        ["items"] = "편",
        ["licence"] = "라이선스",
        ["text"] = "본문",
        ["all_items"] = "전체 글",
        ["choose_language"] = "언어를 선택하세요",
        ["colon"] = ": ",
    };
}
