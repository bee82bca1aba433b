using Roots.Core;
using Roots.Core.Analysis;
using Roots.Core.Extraction;

namespace Roots.App.Ingest.Stages;

/// <summary>
/// Decides kind, title and language. What the user or source declared wins over what the
/// document says about itself, which wins over what is detected.
/// </summary>
public sealed class DescribeStage : IIngestStage
{
    /// <summary>Titles are cut to this many characters.</summary>
    public const int MaxTitleLength = 300;

    /// <inheritdoc />
    public string Name => "describe";

    /// <inheritdoc />
    public Result<DocumentDraft> Process(DocumentDraft draft, CancellationToken cancellationToken)
    {
        var collected = draft.Collected;
        string title = Clean(collected.Title) ?? Clean(draft.Extracted?.Title) ?? Clean(collected.FallbackTitle) ?? FirstLine(draft.Text)
            ?? Path.GetFileNameWithoutExtension(collected.FileName) ?? "(untitled)";
        string language = LanguageTag(collected.Language) ?? LanguageTag(draft.Extracted?.Language)
            ?? LanguageDetector.Detect(draft.Text.Length > 0 ? draft.Text : title);
        return draft with
        {
            Kind = collected.Kind ?? KindOf(draft.MediaType),
            Title = title.Length > MaxTitleLength ? title[..MaxTitleLength] : title,
            Language = language,
        };
    }

    private static string KindOf(string? mediaType) => mediaType switch
    {
        MediaTypes.Markdown => "markdown",
        MediaTypes.Html => "html",
        MediaTypes.Pdf => "pdf",
        MediaTypes.Email => "email",
        MediaTypes.Png or MediaTypes.Jpeg or MediaTypes.Tiff => "image",
        _ => "text",
    };

    private static string? Clean(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        return string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? FirstLine(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty)
            {
                return Clean(trimmed.Length > 120 ? trimmed[..120].ToString() + "…" : trimmed.ToString());
            }
        }

        return null;
    }

    /// <summary>The primary subtag of a BCP 47 tag, lower case ("zh-Hans-CN" → "zh"); null when empty.</summary>
    private static string? LanguageTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        string primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
