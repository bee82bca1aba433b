using System.Security.Cryptography;
using System.Text;

namespace Roots.Publish.Site.Rendering;

/// <summary>Accumulates strings into a SHA-256 fingerprint (each part length-prefixed, so parts cannot run together).</summary>
public sealed class Fingerprint
{
    private readonly StringBuilder _text = new();

    /// <summary>Adds parts.</summary>
    public Fingerprint Add(params IEnumerable<string?> parts)
    {
        foreach (string? part in parts)
        {
            string value = part ?? "\u0000null";
            _text.Append(value.Length).Append(':').Append(value).Append('|');
        }

        return this;
    }

    /// <summary>The hex SHA-256 of everything added.</summary>
    public override string ToString() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_text.ToString())));
}
