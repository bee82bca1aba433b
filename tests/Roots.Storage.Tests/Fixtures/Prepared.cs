using System.Security.Cryptography;
using System.Text;
using Roots.Core.Analysis;
using Roots.Core.Model;

namespace Roots.Storage.Tests.Fixtures;

/// <summary>Prepared items as the ingest pipeline makes them, with real analysed terms from <see cref="TextAnalyzer"/>.</summary>
public static class Prepared
{
    public static PreparedItem Item(
        string source, string title, string text, string lang = "en", IReadOnlyList<string>? tags = null, string kind = "text")
    {
        byte[] bytes = Encoding.UTF8.GetBytes(title + "\n" + text);
        return new PreparedItem
        {
            Source = source,
            Kind = kind,
            Title = title,
            Language = lang,
            Text = text,
            Tags = tags ?? [],
            Original = new ArchivedOriginal(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length),
            MediaType = "text/plain",
            TitleTerms = string.Join(' ', TextAnalyzer.Terms(title)),
            BodyTerms = string.Join(' ', TextAnalyzer.Terms(text)),
        };
    }

    /// <summary>The analyser the pipeline passes to <c>RebuildAsync</c>.</summary>
    public static (string TitleTerms, string BodyTerms) Analyze(string title, string text) =>
        (string.Join(' ', TextAnalyzer.Terms(title)), string.Join(' ', TextAnalyzer.Terms(text)));
}
