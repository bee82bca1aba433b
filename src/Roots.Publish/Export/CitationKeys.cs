using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Roots.Publish.Metadata;

namespace Roots.Publish.Export;

/// <summary>
/// Stable citation keys: first author's family name, year and first title word, in lower-case
/// ASCII (<c>wu2026beyond</c>), so a key survives re-export and can be typed in LaTeX.
/// </summary>
/// <remarks>
/// A title word counts when it has at least three ASCII letters or digits and is not a stop
/// word, so "AI" inside a Chinese title does not become the key. Chinese names and titles have no ASCII letters; then the first ASCII word of any other title
/// (the English translation) is used, and failing that the first six hex digits of the SHA-256
/// of the record id, which is stable too. Within one multi-record export, repeated keys get
/// a, b, c … suffixes in record order, as reference managers do.
/// </remarks>
internal static class CitationKeys
{
    private static readonly HashSet<string> s_stopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "on", "in", "and", "for", "to", "at", "by", "with", "from",
    };

    /// <summary>The key for one record.</summary>
    public static string For(ResolvedRecord r)
    {
        string author = r.Creators.Select(c => Ascii(c.FamilyName ?? c.LiteralName)).FirstOrDefault(a => a.Length > 0) ?? "anon";
        string year = r.Record.PublicationDate?.Year.ToString(CultureInfo.InvariantCulture) ?? "nd";
        var titles = r.Title is null ? r.TranslatedTitles : [r.Title, .. r.TranslatedTitles];
        string? word = titles.Select(t => FirstWord(t.Text)).FirstOrDefault(w => w is not null);
        return author + year + (word ?? Hash(r.Record.Id));
    }

    /// <summary>Keys for many records, made unique with letter suffixes.</summary>
    public static IReadOnlyList<string> ForAll(IReadOnlyList<ResolvedRecord> records)
    {
        var keys = new List<string>(records.Count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            string key = For(record);
            string candidate = key;
            for (int n = 0; !used.Add(candidate); n++)
            {
                candidate = key + Suffix(n);
            }

            keys.Add(candidate);
        }

        return keys;
    }

    private static string Suffix(int n) => n < 26 ? ((char)('a' + n)).ToString() : Suffix((n / 26) - 1) + (char)('a' + (n % 26));

    private static string? FirstWord(string title)
    {
        foreach (string word in title.Split([' ', '\t', '\n', ':', '-', '—', ',', '.', '?', '!', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            string ascii = Ascii(word);
            if (ascii.Length >= 3 && !s_stopWords.Contains(ascii))
            {
                return ascii;
            }
        }

        return null;
    }

    // Letters and digits only, accents folded (Müller → muller), everything else dropped.
    private static string Ascii(string? text)
    {
        var builder = new StringBuilder();
        foreach (char c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string Hash(string id) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id ?? "")))[..6];
}
