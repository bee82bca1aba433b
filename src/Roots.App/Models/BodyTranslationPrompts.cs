using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.AI;
using Roots.Core;

namespace Roots.App.Models;

/// <summary>
/// The prompt of <c>roots translate --body</c> and the reading of its answer: the paragraphs of one call as a JSON
/// array of strings, answered with an array of as many translations in the same order, so each comes back to its
/// paragraph's cache key.
/// </summary>
internal static class BodyTranslationPrompts
{
    /// <summary>The least output tokens a call may use.</summary>
    public const int MinOutputTokens = 64;

    /// <summary>
    /// The most output tokens a call may use: a single very long paragraph is sent whole, so the bound is the
    /// output limit common models share rather than the field translation's smaller one.
    /// </summary>
    public const int MaxOutputTokens = 8_192;

    /// <summary>As in <see cref="TranslationPrompts"/>: text as written, never <c>\uXXXX</c> escapes, which would be billed six times.</summary>
    private static readonly BodyJson s_prompt = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static IReadOnlyList<ChatMessage> Translate(string language, IReadOnlyList<string> paragraphs) =>
    [
        new(ChatRole.System,
            $"Translate each paragraph of the JSON array into {TranslationLanguages.Name(language)}, faithfully and completely; keep names, " +
            $"numbers, URLs and DOIs as written. Reply with a JSON array of exactly {paragraphs.Count} strings, in the same order, and nothing else."),
        new(ChatRole.User, JsonSerializer.Serialize(paragraphs.ToArray(), s_prompt.StringArray)),
    ];

    /// <summary>Output tokens for a call of <paramref name="sourceTokens"/>: twice the source plus the JSON around it, within the bounds above.</summary>
    public static int OutputTokens(long sourceTokens) => (int)Math.Clamp(2 * sourceTokens + MinOutputTokens, MinOutputTokens, MaxOutputTokens);

    /// <summary>Reads the model's answer: a JSON array of <paramref name="expected"/> non-blank strings, also inside a code fence or after a sentence.</summary>
    public static Result<IReadOnlyList<string>> Read(string answer, int expected)
    {
        ArgumentNullException.ThrowIfNull(answer);
        int start = answer.IndexOf('[', StringComparison.Ordinal);
        int end = answer.LastIndexOf(']');
        if (start < 0 || end <= start)
        {
            return Result<IReadOnlyList<string>>.Fail("the model did not answer with the JSON array asked for");
        }

        string[]? translated;
        try
        {
            translated = JsonSerializer.Deserialize(answer.AsSpan(start, end - start + 1), BodyJson.Default.StringArray);
        }
        catch (JsonException)
        {
            return Result<IReadOnlyList<string>>.Fail("the model's answer is not a valid JSON array of strings");
        }

        if (translated is null || translated.Length != expected)
        {
            return Result<IReadOnlyList<string>>.Fail($"the model answered {translated?.Length ?? 0} paragraphs for {expected}");
        }

        return translated.Any(string.IsNullOrWhiteSpace)
            ? Result<IReadOnlyList<string>>.Fail("the model's answer has an empty paragraph")
            : Result<IReadOnlyList<string>>.Ok([.. translated.Select(t => t.Trim())]);
    }
}
