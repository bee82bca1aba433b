using System.Reflection;

namespace Roots.Bench.Corpus;

/// <summary>
/// Word lists embedded in the assembly (Vocabulary/*.txt), in rough order of frequency: rank 1 first.
/// Files hold words separated by white space; lines starting with '#' are comments.
/// </summary>
public sealed class Vocabulary
{
    public required string[] English { get; init; }
    public required string[] Chinese { get; init; }

    /// <summary>English technical terms and names that Chinese writers leave untranslated (BM25, SQLite, token…).</summary>
    public required string[] Terms { get; init; }

    public static Vocabulary Load() => new()
    {
        English = Read("en.txt"),
        Chinese = Read("zh.txt"),
        Terms = Read("terms.txt"),
    };

    private static string[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded vocabulary '{name}' is missing");
        using var reader = new StreamReader(stream);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            foreach (var word in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (seen.Add(word))
                {
                    words.Add(word);
                }
            }
        }

        return [.. words];
    }
}
