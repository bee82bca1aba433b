using System.Text.RegularExpressions;
using Roots.Models.Providers;

namespace Roots.Models.Doctor;

/// <summary>
/// Finds API keys written into <c>roots.yaml</c>: any value shaped like a key (<c>sk-…</c>),
/// and any field named like one (<c>api_key</c>, <c>token</c>, <c>secret</c> …) with a value.
/// Reports the line, never the value.
/// </summary>
internal static partial class KeysInFile
{
    public static IEnumerable<DoctorFinding> Find(string configText)
    {
        string[] lines = (configText ?? "").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = StripComment(lines[i]);
            if (SecretScrubber.LooksLikeKey(line) || SecretField().IsMatch(line))
            {
                yield return new(FindingSeverity.Error, "roots.yaml", "key-in-file",
                    $"line {i + 1} of roots.yaml holds what looks like an API key",
                    "delete it from the file (and rotate it if the file was shared); put the key in an environment variable and name that variable in key_env");
            }
        }
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf(" #", StringComparison.Ordinal);
        return (line.TrimStart().StartsWith('#') ? "" : hash >= 0 ? line[..hash] : line).TrimEnd('\r');
    }

    [GeneratedRegex(@"^\s*-?\s*(?:api_?key|apikey|key|token|secret|password|access_token)\s*:\s*[""']?[^\s""'\[{]{6,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretField();
}
