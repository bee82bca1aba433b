namespace Roots.Core.Classification;

/// <summary>
/// Who put a tag (or a category) on an item. User decisions beat automatic ones: a user's tags are
/// never changed by rules, models or the classifier, and a tag the user removed is never put back by them.
/// Among automatic origins the precedence is rule over model over classifier (see <see cref="TagOrigins.Rank"/>).
/// </summary>
public enum TagOrigin
{
    /// <summary>The user: <c>roots tag</c>, <c>--tag</c>, import and front-matter tags. Training data for the classifier.</summary>
    User,

    /// <summary>A taxonomy rule matched (keywords, regex, source, language); confidence 1.</summary>
    Rule,

    /// <summary>The learned classifier, with its confidence.</summary>
    Classifier,

    /// <summary>
    /// A language model chose it from the taxonomy (<c>roots tag ID --model</c>); confidence 1. Appended last so
    /// stored numbers of the older origins never change; stored by name (<c>model</c>) anyway.
    /// </summary>
    Model,
}

/// <summary>The names origins are stored and printed with.</summary>
public static class TagOrigins
{
    /// <summary>"user", "rule", "classifier" or "model".</summary>
    public static string Name(this TagOrigin origin) => origin switch
    {
        TagOrigin.User => "user",
        TagOrigin.Rule => "rule",
        TagOrigin.Classifier => "classifier",
        TagOrigin.Model => "model",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };

    /// <summary>Reads a stored name; anything unknown is read as <see cref="TagOrigin.User"/>, the safe side (never overwritten).</summary>
    public static TagOrigin Parse(string? name) => name switch
    {
        "rule" => TagOrigin.Rule,
        "classifier" => TagOrigin.Classifier,
        "model" => TagOrigin.Model,
        _ => TagOrigin.User,
    };

    /// <summary>
    /// Who wins when two origins set the same tag or category: user 4, rule 3, model 2, classifier 1. A store never
    /// lets an automatic origin replace a higher one. A rule is the user's own written intent, so it beats a model;
    /// a model was asked by the user for this item, read its whole text and was paid for, so it beats the cheap
    /// statistical classifier, whose next run therefore never undoes it.
    /// </summary>
    public static int Rank(this TagOrigin origin) => origin switch
    {
        TagOrigin.User => 4,
        TagOrigin.Rule => 3,
        TagOrigin.Model => 2,
        _ => 1,
    };

    /// <summary>True for the origins that may never override a user's decision.</summary>
    public static bool IsAutomatic(this TagOrigin origin) => origin != TagOrigin.User;
}
