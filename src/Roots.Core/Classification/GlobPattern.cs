using System.Text;
using System.Text.RegularExpressions;

namespace Roots.Core.Classification;

/// <summary>
/// A shell-style glob (<c>*</c> any run, <c>?</c> one character, everything else literal),
/// matched against a whole string, ignoring case: <c>feed:*arxiv*</c>.
/// </summary>
/// <remarks>Compiled to a non-backtracking regex, so no pattern can take more than linear time.</remarks>
internal sealed class GlobPattern
{
    private readonly Regex _regex;

    public GlobPattern(string glob)
    {
        ArgumentNullException.ThrowIfNull(glob);
        var pattern = new StringBuilder("^");
        foreach (char c in glob)
        {
            pattern.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        pattern.Append('$');
        _regex = new Regex(pattern.ToString(),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking);
    }

    /// <summary>True when <paramref name="value"/> matches the whole glob.</summary>
    public bool Matches(string? value) => value is not null && _regex.IsMatch(value);
}
