using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Roots.Publish.Site.Rendering;

/// <summary>Accumulates strings into a SHA-256 fingerprint (each part length-prefixed, so parts cannot run together).</summary>
/// <remarks>
/// Parts are encoded straight into one UTF-8 buffer (<c>length:value|</c> per part) and hashed once:
/// a publish makes tens of thousands of these, and building a string first, then its bytes, was a
/// noticeable share of a republish's allocations. The bytes hashed, and so the keys, are the same
/// as those of the whole text encoded at once (every part ends in an ASCII <c>|</c>, so no
/// surrogate pair spans two parts).
/// </remarks>
public sealed class Fingerprint
{
    private byte[] _bytes = new byte[256];
    private int _length;

    /// <summary>Adds parts.</summary>
    public Fingerprint Add(params IEnumerable<string?> parts)
    {
        foreach (string? part in parts)
        {
            string value = part ?? "\u0000null";
            Reserve(11 + 1 + Encoding.UTF8.GetMaxByteCount(value.Length) + 1);
            value.Length.TryFormat(_bytes.AsSpan(_length), out int digits, default, CultureInfo.InvariantCulture);
            _length += digits;
            _bytes[_length++] = (byte)':';
            _length += Encoding.UTF8.GetBytes(value, _bytes.AsSpan(_length));
            _bytes[_length++] = (byte)'|';
        }

        return this;
    }

    /// <summary>The hex SHA-256 of everything added.</summary>
    public override string ToString() => Convert.ToHexStringLower(SHA256.HashData(_bytes.AsSpan(0, _length)));

    private void Reserve(int more)
    {
        if (_length + more > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + more));
        }
    }
}
