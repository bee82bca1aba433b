using System.Security.Cryptography;
using System.Text;

namespace Roots.Storage.Postgres;

/// <summary>
/// The advisory lock keys of a keep batch: one per source and one per content hash, so that two
/// workers keeping the same source or the same content serialise, and workers keeping different
/// things never wait on each other. Keys are taken in ascending order, so two batches can never
/// each hold a key the other waits for (no deadlock).
/// </summary>
internal static class LockKeys
{
    /// <summary>The distinct keys of <paramref name="sources"/> and <paramref name="sha256s"/>, ascending.</summary>
    public static long[] Of(IEnumerable<string> sources, IEnumerable<string> sha256s) =>
        sources.Select(s => Key("source", s)).Concat(sha256s.Select(s => Key("sha256", s))).Distinct().Order().ToArray();

    /// <summary>A stable 64-bit key (the first 8 bytes of SHA-256), the same in every process and on every machine.</summary>
    private static long Key(string space, string value)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(space + "\0" + value), hash);
        return BitConverter.ToInt64(hash[..8]);
    }
}
