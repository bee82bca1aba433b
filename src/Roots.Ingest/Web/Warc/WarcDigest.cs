using System.Security.Cryptography;

namespace Roots.Ingest.Web.Warc;

/// <summary>
/// WARC digests as web archives write them: <c>sha1:</c> followed by the SHA-1 in base32
/// (RFC 4648, upper case, 32 characters). SHA-1 in base32 is what Heritrix, wget, warcio and
/// the Wayback Machine's CDX indexes use for payload deduplication, so it is the label replay
/// tools compare; its weakness against deliberate collisions does not matter for detecting
/// accidental change. (The archive of originals uses SHA-256 for content addressing.)
/// </summary>
public static class WarcDigest
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The labelled digest of <paramref name="data"/>, e.g. <c>sha1:FKXGYNOJJ7H3IFO35FPUBC445EPOQRXN</c>.</summary>
    public static string Sha1(ReadOnlySpan<byte> data) => "sha1:" + Base32(SHA1.HashData(data));

    /// <summary>True when <paramref name="labelled"/> (sha1: or sha256:, base32 or hex) is the digest of <paramref name="data"/>.</summary>
    public static bool Matches(string labelled, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        var colon = labelled.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        var algorithm = labelled[..colon].Trim().ToLowerInvariant();
        var value = labelled[(colon + 1)..].Trim();
        byte[] hash = algorithm switch
        {
            "sha1" => SHA1.HashData(data),
            "sha256" or "sha-256" => SHA256.HashData(data),
            _ => [],
        };
        return hash.Length > 0 &&
            (string.Equals(Base32(hash), value.TrimEnd('='), StringComparison.OrdinalIgnoreCase) ||
             string.Equals(Convert.ToHexString(hash), value, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>RFC 4648 base32 without padding.</summary>
    public static string Base32(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[((bytes.Length * 8) + 4) / 5];
        int buffer = 0, bits = 0, at = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[at++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }

            buffer &= (1 << bits) - 1;
        }

        if (bits > 0)
        {
            chars[at++] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(chars, 0, at);
    }
}
