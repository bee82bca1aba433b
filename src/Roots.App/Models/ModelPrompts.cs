using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;

namespace Roots.App.Models;

/// <summary>The prompts of the model operations, kept short: every token here is paid for on every call.</summary>
internal static class ModelPrompts
{
    /// <summary>Text beyond this many characters is not sent for a summary (bounds the cost of a huge PDF).</summary>
    public const int MaxSummaryInputChars = 12_000;

    /// <summary>Output tokens a summary may use.</summary>
    public const int SummaryOutputTokens = 300;

    /// <summary>Output tokens an answer may use.</summary>
    public const int AnswerOutputTokens = 600;

    public static IReadOnlyList<ChatMessage> Summary(string title, string text)
    {
        string body = text.Length > MaxSummaryInputChars ? text[..MaxSummaryInputChars] : text;
        return
        [
            new(ChatRole.System, "Summarise the document in two to four sentences, in the document's own language. Reply with the summary only."),
            new(ChatRole.User, $"Title: {title}\n\n{body}"),
        ];
    }

    public static IReadOnlyList<ChatMessage> Question(string question, IReadOnlyList<AskPassage> passages)
    {
        var context = new StringBuilder();
        foreach (var passage in passages)
        {
            context.Append(CultureInfo.InvariantCulture, $"[{passage.Number}] (item {passage.ItemId}) {passage.Title}\n{passage.Text}\n\n");
        }

        return
        [
            new(ChatRole.System,
                "Answer the question using only the numbered passages. Cite the passages you use as [1], [2]. " +
                "If the passages do not answer it, say so. Answer in the question's language."),
            new(ChatRole.User, $"{context}Question: {question}"),
        ];
    }
}
