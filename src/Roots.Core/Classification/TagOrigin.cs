namespace Roots.Core.Classification;

/// <summary>
/// Who put a tag (or a category) on an item. User decisions beat automatic ones: a user's tags are
/// never changed by rules or the classifier, and a tag the user removed is never put back by them.
/// </summary>
public enum TagOrigin
{
    /// <summary>The user: <c>roots tag</c>, <c>--tag</c>, import and front-matter tags. Training data for the classifier.</summary>
    User,

    /// <summary>A taxonomy rule matched (keywords, regex, source, language); confidence 1.</summary>
    Rule,

    /// <summary>The learned classifier, with its confidence.</summary>
    Classifier,
}

/// <summary>The names origins are stored and printed with.</summary>
public static class TagOrigins
{
    /// <summary>"user", "rule" or "classifier".</summary>
    public static string Name(this TagOrigin origin) => origin switch
    {
        TagOrigin.User => "user",
        TagOrigin.Rule => "rule",
        TagOrigin.Classifier => "classifier",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };

    /// <summary>Reads a stored name; anything unknown is read as <see cref="TagOrigin.User"/>, the safe side (never overwritten).</summary>
    public static TagOrigin Parse(string? name) => name switch
    {
        "rule" => TagOrigin.Rule,
        "classifier" => TagOrigin.Classifier,
        _ => TagOrigin.User,
    };

    /// <summary>True for the origins that may never override a user's decision.</summary>
    public static bool IsAutomatic(this TagOrigin origin) => origin != TagOrigin.User;
}
