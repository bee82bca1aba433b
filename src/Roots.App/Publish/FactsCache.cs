using System.IO.Hashing;
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
/// Binary: a header, then segments, each adding strings to one shared table, entries (a later entry
/// for an item replaces an earlier one) and the ids of items gone. A publish after a few changes
/// appends one small segment instead of rewriting the file (35 MB for 10,000 items); once replaced
/// and removed entries pass an eighth of the live ones, the file is rewritten whole, in one segment.
/// A segment is framed by its length and followed by its CRC-32: an unfinished last one (a publish
/// killed while appending) is ignored, and the next save rewrites the file. A missing, damaged
/// (any checksum that does not match) or foreign file is an empty cache and only costs the time to
/// rebuild it. Not thread-safe; two processes cannot append at once (the append holds the file
/// exclusively, and checks nobody appended since it read).
/// </para>
/// </remarks>
internal sealed class FactsCache
{
    private const string Magic = "roots-publish-facts";
    private const int FormatVersion = 3;

    /// <summary>Replaced or removed entries the file may hold, at the least, before it is rewritten whole.</summary>
    private const int MinStale = 256;

    private readonly Dictionary<long, CachedFacts> _entries;
    private readonly List<string> _strings;
    private readonly Dictionary<string, int> _ids;

    /// <summary>What the file held when loaded, for appending to it: null when it must be rewritten whole.</summary>
    private readonly FileState? _file;

    /// <summary>Entries added since loading, by item, to append.</summary>
    private readonly Dictionary<long, CachedFacts> _added = [];

    /// <summary>Items whose entry in the file was dropped since loading.</summary>
    private readonly HashSet<long> _removed = [];

    private FactsCache(Dictionary<long, CachedFacts> entries, List<string> strings, FileState? file)
    {
        _entries = entries;
        _strings = strings;
        _file = file;
        _ids = new Dictionary<string, int>(strings.Count, StringComparer.Ordinal);
        for (int i = 0; i < strings.Count; i++)
        {
            _ids.TryAdd(strings[i], i);
        }
    }

    /// <summary>True when entries were added or dropped since loading.</summary>
    public bool Changed => _added.Count > 0 || _removed.Count > 0;

    /// <summary>The cache's strings by id (keyword terms and display forms).</summary>
    public IReadOnlyList<string> Strings => _strings;

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>What identifies the code that derived the entries: a cache written by other code is ignored.</summary>
    private static string Build { get; } = typeof(KeywordCandidates).Assembly.ManifestModule.ModuleVersionId + "/" + typeof(FactsCache).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>An empty cache.</summary>
    public static FactsCache Empty() => new([], [], null);

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

            var strings = new List<string>();
            var entries = new Dictionary<long, CachedFacts>();
            long length = stream.Length;
            int stale = 0;
            bool whole = true;
            while (stream.Position < length)
            {
                long start = stream.Position + sizeof(int);
                int size = length - stream.Position < sizeof(int) ? -1 : reader.ReadInt32();
                if (size < 0 || start + size + sizeof(uint) > length)
                {
                    whole = false; // the last segment was cut short: use what came before
                    break;
                }

                byte[] payload = new byte[size];
                stream.ReadExactly(payload);
                if (reader.ReadUInt32() != Crc32.HashToUInt32(payload))
                {
                    throw new InvalidDataException("a segment whose checksum does not match");
                }

                using var segment = new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8);
                stale += ReadSegment(segment, strings, entries);
                if (segment.BaseStream.Position != size)
                {
                    throw new InvalidDataException("a segment of the wrong length");
                }
            }

            return new FactsCache(entries, strings, whole ? new FileState(length, stale, [.. entries.Keys], strings.Count) : null);
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
        _added[item.Id] = entry;
        _removed.Remove(item.Id);
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
                _added.Remove(id);
                if (_file?.Ids.Contains(id) != false)
                {
                    _removed.Add(id);
                }
            }
        }
    }

    /// <summary>
    /// Saves what changed since loading: appended as one segment, or the whole cache rewritten
    /// atomically when the file cannot take a segment (missing, foreign, cut short, appended to by
    /// another publish since) or holds too many replaced entries. Failures only cost speed later.
    /// </summary>
    public void Save(string path)
    {
        if (!Changed)
        {
            return;
        }

        if (_file is { } file)
        {
            int stale = file.Stale + _removed.Count + _added.Keys.Count(file.Ids.Contains);
            if (stale <= Math.Max(MinStale, _entries.Count / 8) && TryAppend(path, file))
            {
                return;
            }
        }

        Rewrite(path);
    }

    /// <summary>Appends a segment of the strings, entries and removals since loading.</summary>
    /// <returns>False when the file changed since it was read, or cannot be opened for writing.</returns>
    private bool TryAppend(string path, FileState file)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            if (stream.Length != file.Length)
            {
                return false;
            }

            stream.Seek(0, SeekOrigin.End);
            WriteSegment(stream, file.Strings, [.. _strings.Skip(file.Strings)], [.. _added.Values.OrderBy(e => e.ItemId)], [.. _removed.Order()]);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Writes the whole cache, only the strings its entries use, into a new file moved over the old one.</summary>
    private void Rewrite(string path)
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

        var entries = _entries.Values.OrderBy(e => e.ItemId).Select(e => e with { Terms = [.. e.Terms.Select(Map)], Displays = [.. e.Displays.Select(Map)] }).ToList();

        // A name of its own, so two publishes of one library at once cannot interleave their writes.
        string temporary = path + "." + Path.GetRandomFileName() + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite))
            {
                using (var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
                {
                    header.Write(Magic);
                    header.Write(FormatVersion);
                    header.Write(Build);
                }

                WriteSegment(stream, 0, kept, entries, []);
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

    /// <summary>
    /// One segment at the stream's position: its length, then its contents (the strings it adds,
    /// numbered from <paramref name="stringBase"/>, its entries, the items it removes), then the
    /// CRC-32 of the contents, so a damaged segment is never read as a valid one.
    /// </summary>
    private static void WriteSegment(Stream stream, int stringBase, IReadOnlyList<string> strings, IReadOnlyList<CachedFacts> entries, IReadOnlyList<long> removed)
    {
        using var contents = new MemoryStream();
        using (var writer = new BinaryWriter(contents, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(stringBase);
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

            writer.Write(removed.Count);
            foreach (long id in removed)
            {
                writer.Write(id);
            }
        }

        var bytes = contents.GetBuffer().AsSpan(0, checked((int)contents.Length));
        using var frame = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        frame.Write(bytes.Length);
        frame.Write(bytes);
        frame.Write(Crc32.HashToUInt32(bytes));
        frame.Flush();
    }

    /// <summary>Reads one segment's contents into <paramref name="strings"/> and <paramref name="entries"/>.</summary>
    /// <returns>How many entries it replaced or removed.</returns>
    private static int ReadSegment(BinaryReader reader, List<string> strings, Dictionary<long, CachedFacts> entries)
    {
        if (reader.ReadInt32() != strings.Count)
        {
            throw new InvalidDataException("a segment that does not follow the one before");
        }

        for (int i = Length(reader); i > 0; i--)
        {
            strings.Add(reader.ReadString());
        }

        int stale = 0;
        for (int e = Length(reader); e > 0; e--)
        {
            var entry = CachedFacts.Read(reader, strings.Count);
            stale += entries.ContainsKey(entry.ItemId) ? 1 : 0;
            entries[entry.ItemId] = entry;
        }

        for (int r = Length(reader); r > 0; r--)
        {
            stale += entries.Remove(reader.ReadInt64()) ? 1 : 0;
        }

        return stale;
    }

    private static int Length(BinaryReader reader)
    {
        int length = reader.ReadInt32();
        return length is >= 0 and <= 100_000_000 ? length : throw new InvalidDataException("a count out of range");
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

    /// <summary>The file as loaded: its length, how many replaced or removed entries it holds, its items, and its strings' count.</summary>
    private sealed record FileState(long Length, int Stale, HashSet<long> Ids, int Strings);
}
