using Roots.App.UseCases;
using Roots.Core;
using Roots.Core.Classification;
using Roots.Core.Model;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>
    /// The user tags an item: <paramref name="add"/> become user tags (synonyms mapped to their
    /// canonical name; tags outside the taxonomy are allowed, it is the user's library), and
    /// <paramref name="remove"/> are taken off and remembered, so that neither a rule nor the
    /// classifier ever puts them back. Adding a removed tag again lifts that. Running the same
    /// command twice changes nothing the second time.
    /// </summary>
    /// <param name="id">The item number, or an external id.</param>
    /// <param name="add">Tags to add, any spelling.</param>
    /// <param name="remove">Tags to remove, any spelling.</param>
    /// <param name="category">A category to set as the user's, when not null.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>What changed and the item's tags afterwards, or a one-line reason (no such item, a blank tag, a tag both added and removed).</returns>
    public async Task<Result<TagChange>> TagAsync(
        string id, IReadOnlyList<string> add, IReadOnlyList<string> remove, string? category = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(remove);
        var taxonomy = Config.Taxonomy.Compiled;
        var toAdd = Canonical(add, taxonomy);
        var toRemove = Canonical(remove, taxonomy);
        if (!toAdd.IsSuccess || !toRemove.IsSuccess)
        {
            return Result<TagChange>.Fail(toAdd.Error ?? toRemove.Error!);
        }

        if (toAdd.Value.Intersect(toRemove.Value, StringComparer.Ordinal).FirstOrDefault() is { } both)
        {
            return Result<TagChange>.Fail($"'{both}' is both added and removed; give it once");
        }

        string? categoryName = category is null ? null : Taxonomy.CanonicalCategory(category);
        if (categoryName is { Length: 0 })
        {
            return Result<TagChange>.Fail("the category has no visible character");
        }

        var item = await FindItemAsync(id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return Result<TagChange>.Fail($"no item '{id}' in {Directory}; list items with: roots list");
        }

        var added = await _store.AddUserTagsAsync(item.Id, toAdd.Value, cancellationToken).ConfigureAwait(false);
        var removed = await _store.RemoveTagsAsync(item.Id, toRemove.Value, cancellationToken).ConfigureAwait(false);
        if (categoryName is not null)
        {
            await _store.SetCategoryAsync(item.Id, categoryName, TagOrigin.User, null, cancellationToken).ConfigureAwait(false);
        }

        if (added.Count > 0 || removed.Count > 0)
        {
            // The archive's record of the item follows the user's tags, so that a rebuild keeps them.
            await RefreshSidecarAsync(item.Id, cancellationToken).ConfigureAwait(false);
        }

        var (tags, current) = await TagDetailsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        return new TagChange(item.Id, added, removed, tags, current);
    }

    /// <summary>An item's tags with their origins, and its category.</summary>
    public async Task<(IReadOnlyList<TagDetail> Tags, TagDetail? Category)> TagDetailsAsync(long itemId, CancellationToken cancellationToken = default)
    {
        var tags = await _store.GetTagsAsync(itemId, cancellationToken).ConfigureAwait(false);
        var category = await _store.GetCategoryAsync(itemId, cancellationToken).ConfigureAwait(false);
        return (
            tags.Select(t => new TagDetail(t.Tag, t.Origin.Name(), t.Confidence)).ToList(),
            category is null ? null : new TagDetail(category.Category, category.Origin.Name(), category.Confidence));
    }

    private static Result<List<string>> Canonical(IReadOnlyList<string> tags, Taxonomy taxonomy)
    {
        var names = new List<string>();
        foreach (string tag in tags)
        {
            string name = taxonomy.CanonicalTag(tag ?? "");
            if (name.Length == 0)
            {
                return Result<List<string>>.Fail($"tag '{tag}' has no visible character");
            }

            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
