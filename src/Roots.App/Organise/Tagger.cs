using Roots.App.Configuration;
using Roots.App.Items;
using Roots.App.UseCases;
using Roots.Core;
using Roots.Core.Classification;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Organise;

/// <summary>
/// <c>roots tag</c>: the user's tags on items. The user's decisions beat automatic ones: a tag the
/// user removed is remembered, so that neither a rule nor the classifier puts it back.
/// </summary>
/// <param name="tags">The tag store.</param>
/// <param name="config">The library's configuration (its taxonomy canonicalises tag names).</param>
/// <param name="directory">The library directory, named when an id is unknown.</param>
/// <param name="lookup">Resolves a user's id.</param>
/// <param name="refreshSidecar">Writes an item's sidecar again from the database, so that a rebuild keeps the user's tags.</param>
public sealed class Tagger(
    ITagStore tags,
    LibraryConfig config,
    string directory,
    ItemLookup lookup,
    Func<long, CancellationToken, Task> refreshSidecar)
{
    /// <summary>The most items one bulk tag edit may touch.</summary>
    public const int MaxBulkItems = 1000;

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
        var taxonomy = config.Taxonomy.Compiled;
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

        var item = await lookup.FindItemAsync(id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return Result<TagChange>.Fail($"no item '{id}' in {directory}; list items with: roots list");
        }

        var added = await tags.AddUserTagsAsync(item.Id, toAdd.Value, cancellationToken).ConfigureAwait(false);
        var removed = await tags.RemoveTagsAsync(item.Id, toRemove.Value, cancellationToken).ConfigureAwait(false);
        if (categoryName is not null)
        {
            await tags.SetCategoryAsync(item.Id, categoryName, TagOrigin.User, null, cancellationToken).ConfigureAwait(false);
        }

        if (added.Count > 0 || removed.Count > 0)
        {
            // The archive's record of the item follows the user's tags, so that a rebuild keeps them.
            await refreshSidecar(item.Id, cancellationToken).ConfigureAwait(false);
        }

        var (now, current) = await TagDetailsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        return new TagChange(item.Id, added, removed, now, current);
    }

    /// <summary>
    /// The same tag edit on many items (the user's: see <see cref="TagAsync"/>). Every id is checked
    /// first, so an unknown one changes nothing.
    /// </summary>
    public async Task<Result<IReadOnlyList<TagChange>>> BulkTagAsync(
        IReadOnlyList<string> ids, IReadOnlyList<string> add, IReadOnlyList<string> remove, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0 || ids.Count > MaxBulkItems)
        {
            return Result<IReadOnlyList<TagChange>>.Fail($"give from 1 to {MaxBulkItems} items");
        }

        if ((add?.Count ?? 0) + (remove?.Count ?? 0) == 0)
        {
            return Result<IReadOnlyList<TagChange>>.Fail("give a tag to add or to remove");
        }

        foreach (string id in ids)
        {
            if (await lookup.FindItemAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                return Result<IReadOnlyList<TagChange>>.Fail($"no item '{id}'");
            }
        }

        var changes = new List<TagChange>();
        foreach (string id in ids.Distinct(StringComparer.Ordinal))
        {
            var change = await TagAsync(id, add ?? [], remove ?? [], null, cancellationToken).ConfigureAwait(false);
            if (!change.IsSuccess)
            {
                return Result<IReadOnlyList<TagChange>>.Fail(change.Error!);
            }

            changes.Add(change.Value);
        }

        return changes;
    }

    /// <summary>An item's tags with their origins, and its category.</summary>
    public async Task<(IReadOnlyList<TagDetail> Tags, TagDetail? Category)> TagDetailsAsync(long itemId, CancellationToken cancellationToken = default)
    {
        var found = await tags.GetTagsAsync(itemId, cancellationToken).ConfigureAwait(false);
        var category = await tags.GetCategoryAsync(itemId, cancellationToken).ConfigureAwait(false);
        return (
            found.Select(t => new TagDetail(t.Tag, t.Origin.Name(), t.Confidence)).ToList(),
            category is null ? null : new TagDetail(category.Category, category.Origin.Name(), category.Confidence));
    }

    private static Result<List<string>> Canonical(IReadOnlyList<string> names, Taxonomy taxonomy)
    {
        var canonical = new List<string>();
        foreach (string tag in names)
        {
            string name = taxonomy.CanonicalTag(tag ?? "");
            if (name.Length == 0)
            {
                return Result<List<string>>.Fail($"tag '{tag}' has no visible character");
            }

            if (!canonical.Contains(name, StringComparer.Ordinal))
            {
                canonical.Add(name);
            }
        }

        return canonical;
    }
}
