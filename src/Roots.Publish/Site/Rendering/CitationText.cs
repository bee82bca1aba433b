using System.Text;
using Roots.Publish.Metadata;

namespace Roots.Publish.Site.Rendering;

/// <summary>
/// A plain-text reference for the "cite this" block: authors, year, title, journal, DOI (or the
/// page URL), in the author–date shape most style guides share.
/// </summary>
internal static class CitationText
{
    /// <summary>The reference for <paramref name="record"/>.</summary>
    public static string Of(PublicationRecord record)
    {
        var r = ResolvedRecord.Of(record);
        var text = new StringBuilder();
        string authors = string.Join(", ", r.Creators.Select(CreatorNames.Inverted));
        if (authors.Length > 0)
        {
            text.Append(authors).Append(' ');
        }

        text.Append('(').Append(record.PublicationDate?.YearText ?? "n.d.").Append("). ");
        string title = CleanText.OneLine(r.TitleText).TrimEnd('.');
        text.Append(title).Append(title.Length > 0 && title[^1] is '?' or '!' or '？' or '！' or '。' ? " " : ". ");
        if (r.JournalTitle is { } journal)
        {
            text.Append(CleanText.OneLine(journal.Text)).Append(". ");
        }

        string? link = r.DoiUrl ?? r.LandingPage;
        if (link is not null)
        {
            text.Append(link);
        }

        return text.ToString().TrimEnd();
    }
}
