using System.Globalization;
using Roots.Core;
using Roots.Core.Understanding.Authored;

namespace Roots.App.Ingest.Stages;

/// <summary>
/// Reads what a document says of itself (<see cref="AuthorStatements"/>: byline and ORCID iD,
/// dateline, the author's abstract and keywords) and whether it holds one work in two languages
/// (<see cref="LanguageSplit"/>), into fields the item keeps. What the source's own metadata says
/// (front matter, meta tags, PDF info) always wins: these fields only fill what it left unsaid.
/// </summary>
/// <remarks>
/// Fields: <c>author</c> (names joined by "; "), <c>orcid</c>, <c>published</c>, <c>abstract</c>,
/// <c>keywords</c> (one per line); for a bilingual document also <c>second.language</c>,
/// <c>second.start</c> (offset of the second version in the item's text), <c>second.title</c>,
/// <c>second.abstract</c> and <c>second.keywords</c>.
/// </remarks>
public sealed class StatementsStage : IIngestStage
{
    /// <summary>The field prefix of a bilingual document's second language version.</summary>
    public const string SecondPrefix = "second.";

    public string Name => "statements";

    public Result<DocumentDraft> Process(DocumentDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        string text = draft.Text;
        if (text.Length == 0)
        {
            return draft;
        }

        var split = LanguageSplit.Find(text);
        var first = AuthorStatements.Read(split is null ? text : text[..split.Start]);
        var second = split is null ? AuthorStatements.None : AuthorStatements.Read(text[split.Start..]);
        var work = first.Or(second);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Put(fields, "author", work.Authors.Count == 0 ? null : string.Join("; ", work.Authors));
        Put(fields, "orcid", work.Orcid);
        Put(fields, "published", work.Date);
        Put(fields, "abstract", first.Abstract);
        Put(fields, "keywords", first.Keywords.Count == 0 ? null : string.Join('\n', first.Keywords));
        string? language = draft.Language;
        if (split is not null)
        {
            Put(fields, SecondPrefix + "language", split.SecondLanguage);
            Put(fields, SecondPrefix + "start", split.Start.ToString(CultureInfo.InvariantCulture));
            Put(fields, SecondPrefix + "title", split.SecondTitle);
            Put(fields, SecondPrefix + "abstract", second.Abstract);
            Put(fields, SecondPrefix + "keywords", second.Keywords.Count == 0 ? null : string.Join('\n', second.Keywords));
            // The item is the first version: its language is that half's, unless the source declared one.
            if (draft.Collected.Language is null && draft.Extracted?.Language is null)
            {
                language = split.FirstLanguage;
            }
        }

        return fields.Count == 0 ? draft : draft with { Statements = fields, Language = language };
    }

    private static void Put(Dictionary<string, string> fields, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields[name] = value;
        }
    }
}
