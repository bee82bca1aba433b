using System.Text;
using Roots.Core.Model;
using Roots.Core.Understanding;

namespace Roots.App.Publish;

/// <summary>
/// What publishing derives from one item version, kept between publishes so that a republish reads
/// and analyses only new and changed items: the hash of its title and text, its fields, its own and
/// cited DOIs, its summary and its keyword candidates. Chinese segmentation and summaries made
/// re-deriving 10,000 items most of every publish, and reading four tables per item most of the rest.
/// </summary>
/// <remarks>
/// <para>
/// An entry is used only while the item still has the same id, version, creation time, title and
/// URL (a version's text and fields never change; a reused id has another creation time), and only
/// by the build of the analysis code that wrote it: the file carries the module version ids of
/// <c>Roots.Core</c> and <c>Roots.App</c>, which a deterministic build changes exactly when their
/// code changes. So a cached publish writes the same bytes as one without the cache.
/// </para>
/// <para>
/// Binary, with one table of distinct strings: 10,000 items with their keyword candidates load in a
/// fraction of a second (the earlier JSON form was 70 MB). A missing, damaged or foreign file is
/// an empty cache and only costs the time to rebuild it. Not thread-safe.
/// </para>
/// </remarks>
internal sealed class FactsCache
{
    private const string Magic = "roots-publish-facts";
    private const int FormatVersion = 1;

    private readonly Dictionary<long, CachedFacts> _entries;
    private readonly List<string> _strings;
    private readonly Dictionary<string, int> _ids;

    private FactsCache(Dictionary<long, CachedFacts> entries, List<string> strings)
    {
        _entries = entries;
        _strings = strings;
        _ids = new Dictionary<string, int>(strings.Count, StringComparer.Ordinal);
        for (int i = 0; i < strings.Count; i++)
        {
            _ids.TryAdd(strings[i], i);
        }
    }

    /// <summary>True when entries were added or dropped since loading.</summary>
    public bool Changed { get; private set; }

    /// <summary>True when entries were dropped: only then are unused strings worth leaving out of the file.</summary>
    private bool Dropped { get; set; }

    /// <summary>The cache's strings by id (keyword terms and display forms).</summary>
    public IReadOnlyList<string> Strings => _strings;

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>What identifies the code that derived the entries: a cache written by other code is ignored.</summary>
    private static string Build { get; } = typeof(KeywordCandidates).Assembly.ManifestModule.ModuleVersionId + "/" + typeof(FactsCache).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>An empty cache.</summary>
    public static FactsCache Empty() => new([], []);

    /// <summary>Reads the cache at <paramref name="path"/>; empty when it is missing, damaged or written by another build.</summary>
    public static FactsCache Load(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return Empty();
            }

            using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion || reader.ReadString() != Build)
            {
                return Empty();
            }

            var strings = new List<string>(reader.ReadInt32());
            for (int i = strings.Capacity; i > 0; i--)
            {
                strings.Add(reader.ReadString());
            }

            int count = reader.ReadInt32();
            var entries = new Dictionary<long, CachedFacts>(count);
            for (int e = 0; e < count; e++)
            {
                var entry = CachedFacts.Read(reader, strings.Count);
                entries[entry.ItemId] = entry;
            }

            return new FactsCache(entries, strings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or FormatException or ArgumentException)
        {
            return Empty();
        }
    }

    /// <summary>The entry of <paramref name="item"/>'s current version, if the cache holds one that still applies.</summary>
    public CachedFacts? Find(Item item) =>
        _entries.TryGetValue(item.Id, out var entry) && entry.Matches(item) ? entry : null;

    /// <summary>Keeps what was derived from <paramref name="item"/>'s current version, replacing any older entry.</summary>
    public CachedFacts Add(Item item, string textHash, IReadOnlyDictionary<string, string> fields, string? doi, IReadOnlyList<string> citedDois, string summary, KeywordCandidates candidates)
    {
        // Ordinal order, so the same text gives the same entry whatever order the dictionary had.
        var terms = candidates.Terms.OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        var entry = new CachedFacts(item.Id, item.CurrentVersion, item.CreatedAt.UtcTicks, item.Title, item.Url, textHash,
            fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value)).ToArray(), doi, [.. citedDois], summary,
            [.. terms.Select(t => Intern(t.Key))], [.. terms.Select(t => t.Value.Count)], [.. terms.Select(t => Intern(t.Value.Display))]);
        _entries[item.Id] = entry;
        Changed = true;
        return entry;
    }

    /// <summary>Drops the entries of items not in <paramref name="keep"/> (deleted items, older versions).</summary>
    public void Retain(IReadOnlyCollection<Item> keep)
    {
        var current = keep.ToDictionary(i => i.Id);
        foreach (long id in _entries.Keys.ToList())
        {
            if (!current.TryGetValue(id, out var item) || !_entries[id].Matches(item))
            {
                _entries.Remove(id);
                Changed = true;
                Dropped = true;
            }
        }
    }

    /// <summary>
    /// Writes the cache to <paramref name="path"/> atomically; failures only cost speed later. After
    /// entries were dropped, only the strings the remaining entries use are kept; otherwise the table
    /// is written as it is (a replaced entry's old strings wait for the next drop), which keeps
    /// the save after one changed item short.
    /// </summary>
    public void Save(string path)
    {
        var strings = _strings;
        var entries = _entries.Values.OrderBy(e => e.ItemId).ToList();
        if (Dropped)
        {
            var used = new Dictionary<int, int>();
            var kept = new List<string>();
            int Map(int id)
            {
                if (!used.TryGetValue(id, out int mapped))
                {
                    mapped = kept.Count;
                    kept.Add(_strings[id]);
                    used[id] = mapped;
                }

                return mapped;
            }

            entries = [.. entries.Select(e => e with { Terms = [.. e.Terms.Select(Map)], Displays = [.. e.Displays.Select(Map)] })];
            strings = kept;
        }

        // A name of its own, so two publishes of one library at once cannot interleave their writes.
        string temporary = path + "." + Path.GetRandomFileName() + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new BufferedStream(File.Create(temporary), 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(Build);
                writer.Write(strings.Count);
                foreach (string s in strings)
                {
                    writer.Write(s);
                }

                writer.Write(entries.Count);
                foreach (var entry in entries)
                {
                    entry.Write(writer);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only makes the next publish slower.
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Left for the file system; it is not read.
            }
        }
    }

    private int Intern(string value)
    {
        if (!_ids.TryGetValue(value, out int id))
        {
            id = _strings.Count;
            _strings.Add(value);
            _ids[value] = id;
        }

        return id;
    }
}
