using Markdig;
using Markdig.Extensions.Yaml;
using Roots.Core;
using Roots.Core.Extraction;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Reads <c>text/markdown</c> with Markdig: readable text without Markdown syntax (see
/// <see cref="MarkdownTextWriter"/>), and metadata from YAML front matter. Title: front matter
/// <c>title</c>, else the first level-1 heading, else the first heading. Language: <c>lang</c>
/// or <c>language</c>. Description: <c>description</c>. Metadata: <c>tags</c> (a list or a
/// comma-separated string, joined by commas), <c>published</c> (from <c>date</c>), <c>author</c>,
/// <c>charset</c>. Documents nested deeper than 100 levels are refused (hostile input).
/// Stateless and thread-safe: one frozen pipeline serves every document.
/// </summary>
public sealed class MarkdownExtractor : IExtractor
{
    /// <summary>
    /// Built once and frozen (Markdig pipelines are immutable and thread-safe): front matter,
    /// pipe tables, task lists, footnotes, strikethrough and friends, and bare URLs as links.
    /// </summary>
    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseTaskLists()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    private static readonly string _tooDeep =
        $"Markdown nested more than {MarkdownNestingGuard.MaxDepth} levels deep (broken or hostile file)";

    /// <inheritdoc />
    public bool CanExtract(string mediaType) => MediaTypeName.Is(mediaType, MediaTypes.Markdown);

    /// <inheritdoc />
    public Result<ExtractedDocument> Extract(in ExtractionRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var decoded = TextDecoder.Decode(request.Content.Span, request.Charset ?? MediaTypeName.Charset(request.MediaType));
        if (!decoded.IsSuccess)
        {
            return Result<ExtractedDocument>.Fail(decoded.Error!);
        }

        var source = TextShape.NormalizeLineEndings(decoded.Value.Text);
        if (MarkdownNestingGuard.IsTooDeep(source))
        {
            return Result<ExtractedDocument>.Fail(_tooDeep);
        }

        try
        {
            return Read(source, decoded.Value.Charset, cancellationToken);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            return Result<ExtractedDocument>.Fail(_tooDeep);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Result<ExtractedDocument>.Fail("malformed Markdown: " + ExtractionReasons.OneLine(ex.Message));
        }
    }

    private static Result<ExtractedDocument> Read(string source, string charset, CancellationToken cancellationToken)
    {
        var document = Markdown.Parse(source, _pipeline);
        cancellationToken.ThrowIfCancellationRequested();
        var body = MarkdownTextWriter.Write(document, cancellationToken);
        var text = body.Text;
        if (text.Length == 0)
        {
            return Result<ExtractedDocument>.Fail(ExtractionReasons.NoText);
        }

        var yaml = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        var front = FrontMatter.Parse(yaml?.Lines.ToString() ?? string.Empty);
        var metadata = new Dictionary<string, string> { ["charset"] = charset };
        AddIfPresent(metadata, "tags", string.Join(",", front.List("tags")));
        AddIfPresent(metadata, "published", front.Scalar("date") ?? front.Scalar("published"));
        AddIfPresent(metadata, "author", front.Scalar("author"));
        // The note's own DOI and the work it translates, for publishing (OwnDoi, TranslationGroups).
        AddIfPresent(metadata, "doi", front.Scalar("doi"));
        AddIfPresent(metadata, "translation_of", front.Scalar("translation_of") ?? front.Scalar("translation-of"));
        // The site's own work (own: true): only such an item is attributed to site.authors when it names no author.
        AddIfPresent(metadata, "own", front.Scalar("own"));

        return new ExtractedDocument(
            text,
            Title: front.Scalar("title") ?? NullIfEmpty(body.FirstLevelOneHeading) ?? NullIfEmpty(body.FirstHeading),
            Language: front.Scalar("lang") ?? front.Scalar("language"),
            Description: front.Scalar("description"),
            Metadata: metadata);
    }

    private static void AddIfPresent(Dictionary<string, string> metadata, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            metadata[key] = value;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
