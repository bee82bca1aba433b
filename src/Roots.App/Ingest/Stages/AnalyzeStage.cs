using System.Text;
using Roots.Core;
using Roots.Core.Analysis;

namespace Roots.App.Ingest.Stages;

/// <summary>Analyses title and text into the terms the full-text index stores.</summary>
/// <param name="chinese">How Chinese is indexed (the library's <c>analysis.chinese</c>).</param>
public sealed class AnalyzeStage(ChineseIndexing chinese = ChineseIndexing.WordsAndBigrams) : IIngestStage
{
    /// <inheritdoc />
    public string Name => "analyze";

    /// <inheritdoc />
    public Result<DocumentDraft> Process(DocumentDraft draft, CancellationToken cancellationToken)
    {
        var (titleTerms, bodyTerms) = Terms(draft.Title ?? "", draft.Text, chinese);
        return draft with { TitleTerms = titleTerms, BodyTerms = bodyTerms };
    }

    /// <summary>The index terms of a title and a text, space-separated; also used by reindex.</summary>
    public static (string TitleTerms, string BodyTerms) Terms(string title, string text, ChineseIndexing chinese)
    {
        var builder = new StringBuilder(title.Length * 2);
        var sink = new SpaceJoinedSink(builder);
        TextAnalyzer.Analyze(title, ref sink, chinese);
        string titleTerms = builder.ToString();
        builder.Clear().EnsureCapacity(text.Length * 2);
        sink = new SpaceJoinedSink(builder);
        TextAnalyzer.Analyze(text, ref sink, chinese);
        return (titleTerms, builder.ToString());
    }
}
