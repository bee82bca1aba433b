namespace Roots.Publish.Metadata;

/// <summary>Checks the shape of a language tag, as XML Schema's <c>xs:language</c> defines it.</summary>
internal static class LanguageTagSyntax
{
    /// <summary>
    /// True for <c>[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*</c>, the pattern of <c>xs:language</c>
    /// (and so of <c>xml:lang</c> in a schema-valid document) that every BCP 47 tag matches.
    /// </summary>
    public static bool IsValid(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return false;
        }

        var parts = tag.Trim().Split('-');
        if (!parts[0].All(char.IsAsciiLetter))
        {
            return false;
        }

        return parts.All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
