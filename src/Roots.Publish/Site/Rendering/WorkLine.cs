using Roots.Publish.Metadata;
using Roots.Publish.Site.Model;

namespace Roots.Publish.Site.Rendering;

/// <summary>How a work is listed in one language: title and summary in that language where it has them.</summary>
/// <param name="Work">The work.</param>
/// <param name="Language">The page language the line is for.</param>
/// <param name="Title">The title shown.</param>
/// <param name="TitleLanguage">The language of <paramref name="Title"/>.</param>
/// <param name="Summary">The abstract shown (possibly empty).</param>
/// <param name="Authors">The authors, display names joined with commas.</param>
/// <param name="Key">A fingerprint of the line, for the input keys of the pages that list it.</param>
public sealed record WorkLine(SiteWork Work, string Language, string Title, string TitleLanguage, string Summary, string Authors, string Key)
{
    /// <summary>The longest summary a listing shows, in characters.</summary>
    public const int MaxSummary = 240;

    /// <summary>The line of <paramref name="work"/> in <paramref name="language"/>.</summary>
    public static WorkLine Of(SiteWork work, string language)
    {
        ArgumentNullException.ThrowIfNull(work);
        var version = work.VersionFor(language);
        var record = ResolvedRecord.Of(version.Record);
        var title = Localized.Exact(version.Record.Titles, language) ?? record.Title;
        var summary = Localized.Exact(version.Record.Abstracts, language) ?? record.Abstract;
        // One character past the cut is enough to know the summary is cut: no need to clean all of it.
        string summaryText = CleanText.OneLine(summary?.Text, MaxSummary + 1);
        if (summaryText.Length > MaxSummary)
        {
            summaryText = summaryText[..MaxSummary].TrimEnd() + "…";
        }

        string titleText = CleanText.OneLine(title?.Text);
        string titleLanguage = Localized.Primary(title?.Language is { Length: > 0 } l ? l : version.Language);
        string authors = string.Join(", ", record.Creators.Select(CreatorNames.Display));
        string key = new Fingerprint().Add(work.Slug, titleText, titleLanguage, summaryText, authors, work.Date.ToIsoString()).ToString();
        return new WorkLine(work, language, titleText.Length > 0 ? titleText : work.Slug, titleLanguage, summaryText, authors, key);
    }

    /// <summary>The template object for this line, linked from the page in <paramref name="fromFolder"/>.</summary>
    public PageModel ToModel(string fromFolder) => new PageModel()
        .With("href", SitePaths.Relative(fromFolder, SitePaths.Item(Language, Work.Slug)))
        .With("title", Title)
        .With("lang", TitleLanguage)
        .With("dir", UiText.Direction(TitleLanguage))
        .With("date", Work.Date.ToIsoString())
        .With("authors", Authors)
        .With("summary", Summary);
}
