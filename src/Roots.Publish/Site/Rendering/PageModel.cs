namespace Roots.Publish.Site.Rendering;

/// <summary>
/// The variables a template sees: plain dictionaries, lists and strings, so templates need no
/// registered .NET types and an overriding template can read everything the default one reads.
/// </summary>
public sealed class PageModel : Dictionary<string, object?>
{
    /// <summary>An empty model.</summary>
    public PageModel()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>A list of objects for a template loop.</summary>
    public static List<PageModel> List(IEnumerable<PageModel> items) => items.ToList();

    /// <summary>Sets <paramref name="key"/> and returns this model, for one-expression construction.</summary>
    public PageModel With(string key, object? value)
    {
        this[key] = value ?? "";
        return this;
    }
}
