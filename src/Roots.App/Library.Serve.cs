using Roots.Core.Model;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>
    /// The item with this number, else the one imported with this external id; null when none.
    /// Every use case that takes an id from a user resolves it here; the web API asks first, so
    /// that an unknown id is a 404 and not a failed edit.
    /// </summary>
    public async Task<Item?> FindItemAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long number)
            && await _store.GetAsync(number, cancellationToken).ConfigureAwait(false) is { } byNumber)
        {
            return byNumber;
        }

        return await _store.FindByExternalIdAsync(id, cancellationToken).ConfigureAwait(false);
    }
}
