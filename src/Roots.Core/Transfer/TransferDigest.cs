using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Roots.Core.Transfer;

/// <summary>
/// A content hash of a table that does not depend on the store or the row order: each row is hashed
/// (SHA-256 over its values with their types), the row hashes are sorted, and the sorted list is
/// hashed. Equal digests on both sides of a copy mean the same rows, duplicates included.
/// </summary>
public sealed class TransferDigest
{
    private readonly List<byte[]> _rows = [];

    /// <summary>The rows added.</summary>
    public long Count => _rows.Count;

    /// <summary>Adds one row.</summary>
    public void Add(object?[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[8];
        foreach (object? value in row)
        {
            switch (value)
            {
                case null:
                    hash.AppendData("n"u8);
                    break;
                case long or int or short or bool:
                    hash.AppendData("i"u8);
                    BinaryPrimitives.WriteInt64LittleEndian(number, value is bool b ? (b ? 1 : 0) : Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    hash.AppendData(number);
                    break;
                case double or float:
                    hash.AppendData("r"u8);
                    BinaryPrimitives.WriteDoubleLittleEndian(number, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                    hash.AppendData(number);
                    break;
                case string text:
                    Append(hash, "t"u8, Encoding.UTF8.GetBytes(text));
                    break;
                case byte[] bytes:
                    Append(hash, "b"u8, bytes);
                    break;
                default:
                    throw new ArgumentException($"a transferred value must be an integer, real, text or bytes, not {value.GetType().Name}", nameof(row));
            }
        }

        _rows.Add(hash.GetHashAndReset());
    }

    /// <summary>The digest, as lower-case hex.</summary>
    public string ToHex()
    {
        _rows.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (byte[] row in _rows)
        {
            hash.AppendData(row);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, ReadOnlySpan<byte> tag, byte[] bytes)
    {
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
        hash.AppendData(tag);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
