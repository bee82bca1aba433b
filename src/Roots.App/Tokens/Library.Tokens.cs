using System.Globalization;
using Roots.App.Tokens;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>
    /// The current text of item <paramref name="id"/> (its number, or the external id it was imported
    /// with) for <c>roots tokens</c>, or null when there is no such item.
    /// </summary>
    public async Task<TokenInput?> TokenInputAsync(string id, CancellationToken cancellationToken = default)
    {
        var item = await FindItemAsync(id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        string text = await _store.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
        return new TokenInput(string.Create(CultureInfo.InvariantCulture, $"#{item.Id} {item.Title}"), text);
    }
}
