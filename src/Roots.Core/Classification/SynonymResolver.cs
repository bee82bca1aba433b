using Roots.Core.Model;

namespace Roots.Core.Classification;

/// <summary>
/// Maps every spelling of a tag to its canonical name: "AI", "ＡＩ", "人工智能" and "Artificial
/// Intelligence" all become "ai". Names are compared after <see cref="TagName.Normalize"/>, so case,
/// width and spacing never make two tags.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SynonymResolver
{
    private readonly Dictionary<string, string> _canonical;

    private SynonymResolver(Dictionary<string, string> canonical) => _canonical = canonical;

    /// <summary>A resolver that only normalises.</summary>
    public static SynonymResolver Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>
    /// Builds the resolver; fails when one spelling would mean two tags (it would make tagging
    /// depend on the order of the file), or a name or synonym has no visible character.
    /// </summary>
    public static Result<SynonymResolver> Create(IEnumerable<TaxonomyTag> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            string name = TagName.Normalize(tag.Name ?? "");
            if (name.Length == 0)
            {
                return Result<SynonymResolver>.Fail("a taxonomy tag has an empty name");
            }

            foreach (string spelling in (tag.Synonyms ?? []).Prepend(name))
            {
                string key = TagName.Normalize(spelling ?? "");
                if (key.Length == 0)
                {
                    return Result<SynonymResolver>.Fail($"tag '{name}' has an empty synonym");
                }

                if (canonical.TryGetValue(key, out string? other) && other != name)
                {
                    return Result<SynonymResolver>.Fail($"'{spelling}' is a name or synonym of both '{other}' and '{name}'");
                }

                canonical[key] = name;
            }
        }

        return new SynonymResolver(canonical);
    }

    /// <summary>The canonical name of <paramref name="tag"/>: its taxonomy name, else its normalised self; empty when blank.</summary>
    public string Resolve(string tag)
    {
        string key = TagName.Normalize(tag);
        return _canonical.GetValueOrDefault(key, key);
    }

    /// <summary>True when <paramref name="tag"/> (any spelling) belongs to the taxonomy.</summary>
    public bool IsKnown(string tag) => _canonical.ContainsKey(TagName.Normalize(tag));
}
