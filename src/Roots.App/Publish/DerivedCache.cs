using System.Text.Json;
using System.Text.Json.Serialization;
using Roots.Core.Understanding;

namespace Roots.App.Publish;

/// <summary>
/// What publishing derives from an item's text (its extractive summary and keyword candidates),
/// kept between runs by item and version: the text of a version never changes, so a republish
/// analyses only new and changed items. Chinese segmentation made re-deriving 10,000 items the
/// larger part of every publish. A missing or unreadable cache only costs the time to rebuild it.
/// </summary>
internal sealed class DerivedCache
{
    private readonly Dictionary<long, DerivedEntry> _entries;

    private DerivedCache(Dictionary<long, DerivedEntry> entries) => _entries = entries;

    /// <summary>Reads the cache at <paramref name="path"/>; empty when it is missing or damaged.</summary>
    public static DerivedCache Load(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                using var stream = File.OpenRead(path);
                var entries = JsonSerializer.Deserialize(stream, DerivedCacheJson.Default.DictionaryInt64DerivedEntry);
                return new DerivedCache(entries ?? []);
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // Rebuilt below, item by item.
        }

        return new DerivedCache([]);
    }

    /// <summary>The cached summary and candidates of <paramref name="itemId"/> at <paramref name="version"/>, if any.</summary>
    public (string? Summary, KeywordCandidates Candidates)? Find(long itemId, int version)
    {
        if (!_entries.TryGetValue(itemId, out var entry) || entry.Version != version || entry.Terms.Length != entry.Counts.Length || entry.Terms.Length != entry.Displays.Length)
        {
            return null;
        }

        var terms = entry.Terms.Select((t, i) => KeyValuePair.Create(t, (entry.Counts[i], entry.Displays[i])));
        return (entry.Summary, KeywordCandidates.FromTerms(terms));
    }

    /// <summary>Writes exactly <paramref name="entries"/> (the items of this publish) to <paramref name="path"/>, atomically.</summary>
    public static void Save(string path, IReadOnlyDictionary<long, (int Version, string? Summary, KeywordCandidates Candidates)> entries)
    {
        var data = entries.ToDictionary(e => e.Key, e =>
        {
            var terms = e.Value.Candidates.Terms.OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
            return new DerivedEntry(e.Value.Version, e.Value.Summary, terms.Select(t => t.Key).ToArray(),
                terms.Select(t => t.Value.Count).ToArray(), terms.Select(t => t.Value.Display).ToArray());
        });
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            string temporary = path + ".tmp";
            using (var stream = File.Create(temporary))
            {
                JsonSerializer.Serialize(stream, data, DerivedCacheJson.Default.DictionaryInt64DerivedEntry);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only makes the next publish slower.
        }
    }
}

/// <summary>One item's derived data in the cache file.</summary>
internal sealed record DerivedEntry(int Version, string? Summary, string[] Terms, int[] Counts, string[] Displays);

[JsonSerializable(typeof(Dictionary<long, DerivedEntry>))]
internal sealed partial class DerivedCacheJson : JsonSerializerContext;
