using System.Net;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Roots.Core;

namespace Roots.Ingest.Mail;

/// <summary>
/// One logged-in IMAP session on one folder, opened read-only (reading never marks a message seen): the
/// folder's UIDVALIDITY, the UIDs above a given one, and the messages' raw bytes (<c>BODY.PEEK[]</c>), one
/// at a time so that a connection lost midway leaves every message read before it usable. Not thread-safe:
/// one poll uses one reader.
/// </summary>
public sealed class ImapFolderReader : IAsyncDisposable
{
    /// <summary>How long one command may wait on the server: 60 seconds.</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly ImapClient _client;
    private readonly IMailFolder _folder;
    private readonly ImapAddress _address;

    private ImapFolderReader(ImapClient client, IMailFolder folder, ImapAddress address)
    {
        _client = client;
        _folder = folder;
        _address = address;
    }

    /// <summary>The folder's UIDVALIDITY: while it stays the same, a UID names the same message.</summary>
    public uint UidValidity => _folder.UidValidity;

    /// <summary>Connects, logs in and opens the folder; a failure is one line (<see cref="ImapErrors"/>).</summary>
    /// <param name="address">The folder.</param>
    /// <param name="password">The password; used for the login only, never kept or shown.</param>
    /// <param name="passwordEnv">The environment variable it came from, for the message when the login is refused.</param>
    /// <param name="stop">Cancels.</param>
    public static async Task<Result<ImapFolderReader>> OpenAsync(ImapAddress address, string password, string passwordEnv, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(address);
        var client = new ImapClient { Timeout = (int)CommandTimeout.TotalMilliseconds };
        try
        {
            var tls = address.Secure ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
            await client.ConnectAsync(address.Host, address.Port, tls, stop).ConfigureAwait(false);
            if (!client.IsSecure && !IsLoopback(address.Host))
            {
                client.Dispose();
                return Result<ImapFolderReader>.Fail(
                    $"{address.Host}:{address.Port} offers no TLS, so the password would cross the network in clear: use imaps:// (plain imap:// is for a server on this machine)");
            }

            await client.AuthenticateAsync(address.User, password, stop).ConfigureAwait(false);
            var folder = await FindFolderAsync(client, address.Folder, stop).ConfigureAwait(false);
            await folder.OpenAsync(FolderAccess.ReadOnly, stop).ConfigureAwait(false);
            return new ImapFolderReader(client, folder, address);
        }
        catch (Exception ex) when (ImapErrors.IsExpected(ex) && !stop.IsCancellationRequested)
        {
            client.Dispose();
            return Result<ImapFolderReader>.Fail(ImapErrors.Describe(ex, address, passwordEnv));
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>The UIDs above <paramref name="after"/>, ascending.</summary>
    public async Task<IReadOnlyList<uint>> NewUidsAsync(uint after, CancellationToken stop)
    {
        if (after == uint.MaxValue)
        {
            return [];
        }

        var range = new UniqueIdRange(new UniqueId(UidValidity, after + 1), UniqueId.MaxValue);
        var found = await _folder.SearchAsync(SearchQuery.Uids(range), stop).ConfigureAwait(false);
        // "N:*" always matches the highest message even when its UID is below N (RFC 3501 6.4.8), so filter.
        return [.. found.Select(uid => uid.Id).Where(uid => uid > after).Order()];
    }

    /// <summary>
    /// Reads the messages <paramref name="uids"/> in order; one larger than <paramref name="maxBytes"/> comes back
    /// refused and unread. Stops at the first failure: what was read comes back with the failure, in one line.
    /// </summary>
    public async Task<(IReadOnlyList<ImapMessage> Messages, string? Error)> ReadAsync(IReadOnlyList<uint> uids, long maxBytes, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(uids);
        var messages = new List<ImapMessage>(uids.Count);
        try
        {
            var ids = uids.Select(uid => new UniqueId(UidValidity, uid)).ToList();
            var sizes = (await _folder.FetchAsync(ids, new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.Size), stop).ConfigureAwait(false))
                .Where(s => s.Size is not null)
                .ToDictionary(s => s.UniqueId.Id, s => (long)s.Size!.Value);
            foreach (var id in ids)
            {
                if (sizes.TryGetValue(id.Id, out var size) && size > maxBytes)
                {
                    messages.Add(new ImapMessage(id.Id, ReadOnlyMemory<byte>.Empty, $"message of {size / (1024 * 1024)} MB is over the {maxBytes / (1024 * 1024)} MB limit (ingest.max_file_megabytes)"));
                    continue;
                }

                using var stream = await _folder.GetStreamAsync(id, string.Empty, stop).ConfigureAwait(false);
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, stop).ConfigureAwait(false);
                messages.Add(new ImapMessage(id.Id, copy.ToArray()));
            }

            return (messages, null);
        }
        catch (MessageNotFoundException) when (!stop.IsCancellationRequested)
        {
            // Expunged by another client since the search: nothing to read; the messages before it stand.
            return (messages, null);
        }
        catch (Exception ex) when (ImapErrors.IsExpected(ex) && !stop.IsCancellationRequested)
        {
            return (messages, ImapErrors.Describe(ex, _address, null));
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _client.DisconnectAsync(true, quick.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ImapErrors.IsExpected(ex) || ex is OperationCanceledException)
        {
            // Logging out of a server that is gone: nothing left to tidy.
        }
        finally
        {
            _client.Dispose();
        }
    }

    /// <summary>The folder by its path, <c>/</c> read as the server's own separator (Dovecot's maildir uses <c>.</c>).</summary>
    private static async Task<IMailFolder> FindFolderAsync(ImapClient client, string path, CancellationToken stop)
    {
        if (path.Equals("INBOX", StringComparison.OrdinalIgnoreCase))
        {
            return client.Inbox;
        }

        var separator = client.PersonalNamespaces.FirstOrDefault()?.DirectorySeparator ?? '/';
        return await client.GetFolderAsync(path.Replace('/', separator), stop).ConfigureAwait(false);
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
