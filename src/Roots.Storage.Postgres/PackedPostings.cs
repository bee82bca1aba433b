using System.Buffers.Binary;

namespace Roots.Storage.Postgres;

/// <summary>
/// One block of a term's packed postings (<c>search_blocks.postings</c>): up to <see cref="BlockSize"/> postings best
/// first, in <c>search_postings</c> order (nkey, item_id), each <see cref="PostingBytes"/> bytes little-endian: item id
/// (int64), title tf, body tf and document length (int32 each). Fixed width, so a reader decodes a block without
/// branching; 96 postings keep a block row under PostgreSQL's 2 kB TOAST threshold, so a block is read from its heap
/// page without a TOAST lookup.
/// </summary>
internal static class PackedPostings
{
    /// <summary>Postings per block (the last block of a term holds the rest).</summary>
    public const int BlockSize = 96;

    /// <summary>Bytes per posting.</summary>
    public const int PostingBytes = 20;

    /// <summary>Writes one posting at position <paramref name="index"/> of <paramref name="block"/>.</summary>
    public static void Write(Span<byte> block, int index, long itemId, int titleTf, int bodyTf, int length)
    {
        var at = block.Slice(index * PostingBytes, PostingBytes);
        BinaryPrimitives.WriteInt64LittleEndian(at, itemId);
        BinaryPrimitives.WriteInt32LittleEndian(at[8..], titleTf);
        BinaryPrimitives.WriteInt32LittleEndian(at[12..], bodyTf);
        BinaryPrimitives.WriteInt32LittleEndian(at[16..], length);
    }

    /// <summary>How many postings <paramref name="block"/> holds.</summary>
    public static int Count(ReadOnlySpan<byte> block) =>
        block.Length % PostingBytes == 0 ? block.Length / PostingBytes : throw new InvalidDataException("a packed postings block has a partial posting");

    /// <summary>Reads the posting at position <paramref name="index"/> of <paramref name="block"/>.</summary>
    public static (long ItemId, int TitleTf, int BodyTf, int Length) Read(ReadOnlySpan<byte> block, int index)
    {
        var at = block.Slice(index * PostingBytes, PostingBytes);
        return (BinaryPrimitives.ReadInt64LittleEndian(at), BinaryPrimitives.ReadInt32LittleEndian(at[8..]),
            BinaryPrimitives.ReadInt32LittleEndian(at[12..]), BinaryPrimitives.ReadInt32LittleEndian(at[16..]));
    }
}
