using Roots.App.Configuration;
using Roots.Core;

namespace Roots.App.Organise;

/// <summary>The taxonomy page's save: the categories and tags in <c>roots.yaml</c>.</summary>
/// <param name="config">The configuration the library was opened with.</param>
/// <param name="directory">The library directory, whose <c>roots.yaml</c> is edited.</param>
public sealed class TaxonomyEditor(LibraryConfig config, string directory)
{
    /// <summary>
    /// Replaces the taxonomy's categories and tags (with their synonyms) in roots.yaml; its rules and
    /// settings stay. This instance keeps the configuration it was opened with: open the library
    /// again to use the new taxonomy. Fails, changing nothing, when the taxonomy is not valid
    /// (a synonym claimed by two tags, an empty name).
    /// </summary>
    public Result<TaxonomySettings> SaveTaxonomy(IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<string> Synonyms)> tags)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(tags);
        if (categories.Any(string.IsNullOrWhiteSpace) || tags.Any(t => string.IsNullOrWhiteSpace(t.Name) || t.Synonyms.Any(string.IsNullOrWhiteSpace)))
        {
            return Result<TaxonomySettings>.Fail("categories, tags and synonyms need a name");
        }

        var current = config.Taxonomy;
        var edited = new TaxonomySettings
        {
            AllowNewTags = current.AllowNewTags,
            MinConfidence = current.MinConfidence,
            Rules = current.Rules,
            Categories = [.. categories.Select(c => c.Trim())],
            Tags = [.. tags.Select(t => new TaxonomyTagSettings { Name = t.Name.Trim(), Synonyms = [.. t.Synonyms.Select(s => s.Trim())] })],
        };
        return TaxonomySection.Write(directory, edited);
    }
}
