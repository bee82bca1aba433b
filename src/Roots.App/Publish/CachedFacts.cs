using System.Runtime.InteropServices;
using Roots.Core.Model;

namespace Roots.App.Publish;

/// <summary>One item version's entry in the <see cref="FactsCache"/>.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Version">Its version number the entry was derived from.</param>
/// <param name="CreatedTicks">The item's creation time (UTC ticks): tells a reused id apart.</param>
/// <param name="Title">The title the entry was derived with.</param>
/// <param name="Url">The URL the entry was derived with (the own DOI may come from it).</param>
/// <param name="TextHash">SHA-256 of title and text (<see cref="Models.TranslationSource.Hash"/>): the text's key, and what stored translations must match.</param>
/// <param name="Fields">The version's fields, by name in ordinal order.</param>
/// <param name="Doi">Its own DOI (<see cref="OwnDoi"/>), if any.</param>
/// <param name="CitedDois">Other DOIs it carries.</param>
/// <param name="Summary">Its abstract: the source's description, else the extractive summary.</param>
/// <param name="Terms">Its keyword candidates, as ids into the cache's strings, in ordinal order.</param>
/// <param name="Counts">Each candidate's frequency.</param>
/// <param name="Displays">Each candidate's display form, as ids into the cache's strings.</param>
internal sealed record CachedFacts(
    long ItemId, int Version, long CreatedTicks, string Title, string? Url, string TextHash,
    (string Name, string Value)[] Fields, string? Doi, string[] CitedDois, string Summary,
    int[] Terms, int[] Counts, int[] Displays)
{
    /// <summary>True when the entry still describes <paramref name="item"/>.</summary>
    public bool Matches(Item item) =>
        item.Id == ItemId && item.CurrentVersion == Version && item.CreatedAt.UtcTicks == CreatedTicks
        && string.Equals(item.Title, Title, StringComparison.Ordinal) && string.Equals(item.Url, Url, StringComparison.Ordinal);

    /// <summary>Writes the entry (string ids as they are).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(ItemId);
        writer.Write(Version);
        writer.Write(CreatedTicks);
        writer.Write(Title);
        WriteOptional(writer, Url);
        writer.Write(TextHash);
        writer.Write(Fields.Length);
        foreach (var (name, value) in Fields)
        {
            writer.Write(name);
            writer.Write(value);
        }

        WriteOptional(writer, Doi);
        writer.Write(CitedDois.Length);
        foreach (string doi in CitedDois)
        {
            writer.Write(doi);
        }

        writer.Write(Summary);
        writer.Write(Terms.Length);
        writer.Write(MemoryMarshal.AsBytes(Terms.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(Counts.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(Displays.AsSpan()));
    }

    /// <summary>Reads an entry written by <see cref="Write"/>; string ids must be below <paramref name="strings"/>.</summary>
    /// <exception cref="InvalidDataException">The entry is damaged.</exception>
    public static CachedFacts Read(BinaryReader reader, int strings)
    {
        long id = reader.ReadInt64();
        int version = reader.ReadInt32();
        long created = reader.ReadInt64();
        string title = reader.ReadString();
        string? url = ReadOptional(reader);
        string textHash = reader.ReadString();
        var fields = new (string, string)[Length(reader)];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = (reader.ReadString(), reader.ReadString());
        }

        string? doi = ReadOptional(reader);
        var cited = new string[Length(reader)];
        for (int i = 0; i < cited.Length; i++)
        {
            cited[i] = reader.ReadString();
        }

        string summary = reader.ReadString();
        int count = Length(reader);
        var terms = ReadInts(reader, count);
        var counts = ReadInts(reader, count);
        var displays = ReadInts(reader, count);
        for (int i = 0; i < count; i++)
        {
            if ((uint)terms[i] >= (uint)strings || (uint)displays[i] >= (uint)strings || counts[i] < 1)
            {
                throw new InvalidDataException("a keyword candidate out of range");
            }
        }

        return new CachedFacts(id, version, created, title, url, textHash, fields, doi, cited, summary, terms, counts, displays);
    }

    /// <summary>Reads <paramref name="count"/> integers at once (in the machine's byte order: the cache never leaves the machine).</summary>
    private static int[] ReadInts(BinaryReader reader, int count)
    {
        var values = new int[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static int Length(BinaryReader reader)
    {
        int length = reader.ReadInt32();
        return length is >= 0 and <= 10_000_000 ? length : throw new InvalidDataException("a length out of range");
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
