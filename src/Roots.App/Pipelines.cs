using Roots.App.Collect;
using Roots.App.Connect;
using Roots.App.Find;
using Roots.App.Ingest;
using Roots.App.Ingest.Stages;
using Roots.App.Understand;
using Roots.Core.Analysis;
using Roots.Ingest.Extraction;

namespace Roots.App;

/// <summary>
/// The two pipelines every way in runs, each built once and frozen: the same stages before keeping
/// (but for how a document is extracted) and the same steps after keeping. DESIGN.md's flow, in order.
/// </summary>
public static class Pipelines
{
    /// <summary>
    /// Files, notes, records, uploads and rebuilds: extract, describe (kind, title, language), identify, analyse; then the steps after keeping.
    /// A document that carries files (an email's attachments) yields them as further inputs, run through the same stages and kept with it.
    /// </summary>
    /// <param name="chinese">How Chinese is indexed.</param>
    /// <param name="recognizer">OCR for images and PDF pages without a text layer; null for none (they are kept unread).</param>
    public static IngestPipeline ForFiles(ChineseIndexing chinese, Core.Extraction.ITextRecognizer? recognizer = null) => new IngestPipelineBuilder()
        .Add(new ExtractStage(ExtractorSet.WithOcr(recognizer)))
        .Add(new DescribeStage())
        .Add(new StatementsStage())
        .Add(new IdentifyStage())
        .Add(new AnalyzeStage(chinese))
        .WithStepsAfterKeeping()
        .Build();

    /// <summary>Fetched pages and feed entries: the web extractor (readable text, page metadata), then as <see cref="ForFiles"/>.</summary>
    public static IngestPipeline ForWeb(ChineseIndexing chinese) => new IngestPipelineBuilder()
        .Add(new WebExtractStage())
        .Add(new DescribeStage())
        .Add(new StatementsStage())
        .Add(new IdentifyStage())
        .Add(new AnalyzeStage(chinese))
        .WithStepsAfterKeeping()
        .Build();

    /// <summary>
    /// The steps after keeping: tags carried for items kept before, attachments linked to their messages (connect), explicit mentions both ways
    /// (connect), near-duplicates and Chinese–English versions of one text (connect), front-matter tags and the taxonomy's rules (understand),
    /// packing the lexical index (find). Each is handed what the run kept, in memory.
    /// </summary>
    public static IngestPipelineBuilder WithStepsAfterKeeping(this IngestPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddAfterKeep(c => new CarriedTagsStage(c.Store))
            .AddAfterKeep(c => new AttachmentLinker(c.Store))
            .AddAfterKeep(c => new MentionFinder(c.Store, c.Store, c.Store, c.Store, c.Config.Analysis.Chinese, c.Config.Search.TitleWeight))
            .AddAfterKeep(c => new NearDuplicateLinker(c.Store, c.Store, c.Store))
            .AddAfterKeep(c => new TranslationLinker(c.Store, c.Store, c.Store, c.Store, c.Config.Search.TitleWeight))
            .AddAfterKeep(c => new TagRulesStage(c.Store, c.Config.Taxonomy.Compiled))
            .AddAfterKeep(c => new SearchPackStage(c.Store));
    }
}
