using Roots.Publish.Site.Rendering;

namespace Roots.Publish.Tests.Site;

/// <summary>The theme's own words: all ten languages, every key English has, in each language's own words.</summary>
public sealed class UiTextTests
{
    public static TheoryData<string> Languages => [.. UiText.Languages];

    [Fact]
    public void Languages_AreTheTenOfTranslate()
    {
        Assert.Equal(["zh", "en", "ja", "ko", "fr", "de", "es", "ru", "ar", "pt"], UiText.Languages);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void For_EachLanguage_HasExactlyEnglishKeys_NoneEmpty(string language)
    {
        var english = UiText.For("en");
        var words = UiText.For(language);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), words.Keys.Order(StringComparer.Ordinal));
        // The colon may be mostly spaces (French puts one before it), never nothing; every other value has words.
        Assert.NotEqual("", words["colon"].Trim());
        Assert.All(words.Where(w => w.Key != "colon"), w => Assert.False(string.IsNullOrWhiteSpace(w.Value), $"{language}.{w.Key} is empty"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void For_EachLanguageButEnglish_HasItsOwnWordsForTheNavigation(string language)
    {
        if (language == "en")
        {
            return;
        }

        var english = UiText.For("en");
        var words = UiText.For(language);
        // Words every one of the ten languages says differently from English (unlike "Feeds" or "Text" in German).
        string[] keys = ["home", "navigation", "latest", "tags", "categories", "authors", "about", "search", "search_placeholder", "search_none",
            "search_help", "related", "backlinks", "cite", "abstract", "keywords", "choose_language", "all_items", "original_language"];
        Assert.All(keys, k => Assert.NotEqual(english[k], words[k]));
    }

    [Theory]
    [InlineData("zh", "home", "首页")]
    [InlineData("ja", "home", "ホーム")]
    [InlineData("ko", "home", "홈")]
    [InlineData("fr", "home", "Accueil")]
    [InlineData("de", "home", "Startseite")]
    [InlineData("es", "home", "Inicio")]
    [InlineData("ru", "home", "Главная")]
    [InlineData("ar", "home", "الرئيسية")]
    [InlineData("pt", "home", "Início")]
    [InlineData("ja", "tags", "タグ")]
    [InlineData("de", "keywords", "Schlüsselwörter")]
    [InlineData("ru", "abstract", "Аннотация")]
    [InlineData("ar", "search", "بحث")]
    [InlineData("zh", "colon", "：")]
    [InlineData("fr", "colon", "\u00a0: ")]
    [InlineData("pt-BR", "home", "Início")]
    [InlineData("xx", "home", "Home")]
    public void For_SpotChecks(string language, string key, string expected) => Assert.Equal(expected, UiText.For(language)[key]);

    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("he", "rtl")]
    [InlineData("fa", "rtl")]
    [InlineData("ur", "rtl")]
    [InlineData("en", "ltr")]
    [InlineData("zh", "ltr")]
    public void Direction_FollowsTheLanguage(string language, string expected) => Assert.Equal(expected, UiText.Direction(language));
}
