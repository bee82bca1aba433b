using Roots.Core.Model;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>
    /// The item with this number, else the one imported with this external id; null when none.
    /// The web API asks first, so that an unknown id is a 404 and not a failed edit.
    /// </summary>
    public Task<Item?> FindItemAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return FindItemForTagsAsync(id, cancellationToken);
    }
}
