using System.Text;
using Roots.Core;
using Roots.Core.Analysis;
using Roots.Core.Understanding;

namespace Roots.App.Ingest.Stages;

/// <summary>
/// Analyses title and text into the terms the full-text index stores, and the text's SimHash from
/// the same pass (near-duplicates are found at keep time; a second analysis of every text just for
/// the hash, after keeping, had doubled the time of adding a Chinese corpus). The text is analysed
/// line by line, which gives the same terms as one call (the analyser works run by run, and no run
/// crosses a line end), so that the hash can leave short lines out (<see cref="BodySimHash"/>).
/// </summary>
/// <param name="chinese">How Chinese is indexed (the library's <c>analysis.chinese</c>).</param>
public sealed class AnalyzeStage(ChineseIndexing chinese = ChineseIndexing.WordsAndBigrams) : IIngestStage
{
    /// <inheritdoc />
    public string Name => "analyze";

    /// <inheritdoc />
    public Result<DocumentDraft> Process(DocumentDraft draft, CancellationToken cancellationToken)
    {
        var simHash = new BodySimHash();
        var (titleTerms, bodyTerms) = Terms(draft.Title ?? "", draft.Text, chinese, simHash);
        return draft with { TitleTerms = titleTerms, BodyTerms = bodyTerms, TextSimHash = simHash.Fingerprint() };
    }

    /// <summary>The index terms of a title and a text, space-separated; also used by reindex.</summary>
    public static (string TitleTerms, string BodyTerms) Terms(string title, string text, ChineseIndexing chinese) => Terms(title, text, chinese, null);

    /// <summary>As <see cref="Terms(string, string, ChineseIndexing)"/>, also feeding the text's words, line by line (as <see cref="BodySimHash.Compute(string)"/> reads them), to <paramref name="textWords"/>.</summary>
    private static (string TitleTerms, string BodyTerms) Terms(string title, string text, ChineseIndexing chinese, BodySimHash? textWords)
    {
        var builder = new StringBuilder(title.Length * 2);
        var sink = new SpaceJoinedSink(builder);
        TextAnalyzer.AnalyzeTitle(title, ref sink, chinese);
        string titleTerms = builder.ToString();
        builder.Clear().EnsureCapacity(text.Length * 2);
        sink = new SpaceJoinedSink(builder);
        if (textWords is null)
        {
            TextAnalyzer.Analyze(text, ref sink, chinese);
        }
        else
        {
            foreach (var line in text.AsSpan().EnumerateLines())
            {
                TextAnalyzer.Analyze(line.ToString(), ref sink, ref textWords, chinese);
                textWords.EndLine();
            }
        }

        return (titleTerms, builder.ToString());
    }
}
