using System.Security.Cryptography;
using System.Text;

namespace Roots.Web.Security;

/// <summary>
/// The access token of a served library. Only its SHA-256 is kept (in <c>serve-token.sha256</c>
/// inside the library), so a copy of the library does not give access to a running server.
/// </summary>
public static class AccessToken
{
    /// <summary>The file holding the token's hash, inside the library.</summary>
    public const string FileName = "serve-token.sha256";

    /// <summary>Makes a new token (256 random bits, base64url), stores its hash and returns the token, to be shown once.</summary>
    public static string CreateAndStore(string libraryDirectory)
    {
        string token = Base64Url(RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(Path.Combine(libraryDirectory, FileName), Hash(token) + "\n");
        return token;
    }

    /// <summary>The stored hash, or null when no token was made.</summary>
    public static string? LoadHash(string libraryDirectory)
    {
        string path = Path.Combine(libraryDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        string hash = File.ReadAllText(path).Trim();
        return hash.Length == 64 ? hash : null;
    }

    /// <summary>The lower-case hex SHA-256 of a token.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether <paramref name="presented"/> is the token whose hash is <paramref name="hash"/>, in constant time.</summary>
    public static bool Matches(string? hash, string? presented)
    {
        if (hash is null || string.IsNullOrEmpty(presented))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(hash));
    }

    /// <summary>Random bytes as URL-safe text without padding.</summary>
    internal static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
