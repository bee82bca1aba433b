using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Roots.Core;

namespace Roots.App.Models;

/// <summary>
/// The prompt of <c>roots translate</c> and the reading of its answer: one call per item and language, asking for
/// a small JSON object, so title, summary and keywords come back in one paid round trip.
/// </summary>
internal static class TranslationPrompts
{
    /// <summary>The least output tokens a translation may use.</summary>
    public const int MinOutputTokens = 64;

    /// <summary>The most output tokens a translation may use.</summary>
    public const int MaxOutputTokens = 2_000;

    /// <summary>
    /// The prompt's JSON keeps text as written: the default encoder writes every non-ASCII character as
    /// <c>\uXXXX</c>, which a model reads (and is billed for) as six characters, 4.4 times the tokens of
    /// Chinese text. The prompt is sent to a model, never into HTML, so HTML-sensitive characters need no escaping.
    /// </summary>
    private static readonly TranslationJson s_prompt = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static IReadOnlyList<ChatMessage> Translate(string language, TranslationSource source) =>
    [
        new(ChatRole.System,
            $"Translate the title, summary and keywords of the JSON object into {TranslationLanguages.Name(language)}. " +
            "Reply with the same JSON object only: {\"title\":\"…\",\"summary\":\"…\",\"keywords\":[\"…\"]}."),
        new(ChatRole.User, JsonSerializer.Serialize(new TranslatedFields(source.Title, source.Summary, source.Keywords), s_prompt.TranslatedFields)),
    ];

    /// <summary>
    /// Output tokens for a source of <paramref name="sourceTokens"/>: twice the source (some languages take more
    /// tokens than others, see the language-tax report) plus the JSON around it, within the bounds above.
    /// </summary>
    public static int OutputTokens(long sourceTokens) => (int)Math.Clamp(2 * sourceTokens + MinOutputTokens, MinOutputTokens, MaxOutputTokens);

    /// <summary>Reads the model's answer: the JSON object, also inside a code fence or after a sentence.</summary>
    public static Result<TranslatedFields> Read(string answer)
    {
        int start = answer.IndexOf('{', StringComparison.Ordinal);
        int end = answer.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return Result<TranslatedFields>.Fail("the model did not answer with the JSON object asked for");
        }

        try
        {
            var fields = JsonSerializer.Deserialize(answer[start..(end + 1)], TranslationJson.Default.TranslatedFields);
            return fields is null || string.IsNullOrWhiteSpace(fields.Title)
                ? Result<TranslatedFields>.Fail("the model's answer has no title")
                : fields with { Summary = fields.Summary ?? "", Keywords = fields.Keywords ?? [] };
        }
        catch (JsonException)
        {
            return Result<TranslatedFields>.Fail("the model's answer is not valid JSON");
        }
    }
}
