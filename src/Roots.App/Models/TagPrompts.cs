using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;

namespace Roots.App.Models;

/// <summary>
/// The prompt of <c>roots tag --model</c> and the reading of its answer. The model is shown the taxonomy and
/// asked to choose from it; whatever it answers is still checked against the taxonomy, because a model can
/// answer anything.
/// </summary>
internal static class TagPrompts
{
    /// <summary>Text beyond this many characters is not sent: the opening says what a document is about.</summary>
    public const int MaxInputChars = 6_000;

    /// <summary>Output tokens an answer may use: a short comma-separated list.</summary>
    public const int OutputTokens = 60;

    public static IReadOnlyList<ChatMessage> Tags(IReadOnlyList<string> taxonomy, string title, string text) =>
    [
        new(ChatRole.System,
            "Choose the tags that fit the document, only from this list: " + string.Join(", ", taxonomy) +
            ". Reply with the chosen tags separated by commas, or none."),
        new(ChatRole.User, $"Title: {title}\n\n{Body(text)}"),
    ];

    /// <summary>
    /// The cache key: SHA-256 of everything the model reads (taxonomy, title, text), so the same question to the
    /// same model is never paid twice, and a changed text or taxonomy asks again.
    /// </summary>
    public static string Key(IReadOnlyList<string> taxonomy, string title, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("tag\n" + string.Join('\n', taxonomy) + "\n\n" + title + "\n\n" + Body(text))));

    /// <summary>The answer split into candidate tags: commas, semicolons, new lines, list bullets and quotes removed.</summary>
    public static IReadOnlyList<string> Answers(string answer) =>
        [.. answer.Split([',', ';', '\n', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.TrimStart('-', '*', '•', ' ', '\t').Trim('"', '\'', '`', '.', ' '))
            .Where(a => a.Length > 0 && !a.Equals("none", StringComparison.OrdinalIgnoreCase))];

    private static string Body(string text) => text.Length > MaxInputChars ? text[..MaxInputChars] : text;
}
