using Roots.App.UseCases;
using Roots.Core;
using Roots.Core.Ports;
using Roots.Core.Transfer;

namespace Roots.App.Admin;

/// <summary><c>roots copy</c>: a whole library into an empty one, between any two stores.</summary>
/// <param name="items">The items and their versions.</param>
/// <param name="transfer">The store's whole-table reads and writes; null when it has none.</param>
/// <param name="archive">The archive of originals.</param>
/// <param name="upkeep">Rebuilds the full-text index (of the target).</param>
/// <param name="directory">The library directory, named when the target is not empty.</param>
/// <param name="storeName">Where the data lives, for people (<c>sqlite</c>, <c>postgres://…</c>).</param>
public sealed class LibraryCopier(IItemStore items, ILibraryTransfer? transfer, IArchive archive, Upkeep upkeep, string directory, string storeName)
{
    private readonly IItemStore _items = items;
    private readonly ILibraryTransfer? _transfer = transfer;
    private readonly IArchive _archive = archive;
    private readonly Upkeep _upkeep = upkeep;
    private readonly string _directory = directory;
    private readonly string _storeName = storeName;

    /// <summary>Rows read from the source and written to the target at once.</summary>
    private const int CopyChunk = 2_000;

    /// <summary>
    /// <c>roots copy</c>: copies this whole library into <paramref name="target"/>, which must be empty,
    /// between any two stores (SQLite to PostgreSQL and back), keeping item ids. Originals the target's
    /// archive lacks are copied into it; the target's full-text index is rebuilt from the copied items.
    /// Afterwards every table is counted and hashed on both sides.
    /// </summary>
    public async Task<Result<CopyReport>> CopyToAsync(LibraryCopier target, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (_transfer is not { } from || target._transfer is not { } to)
        {
            return Result<CopyReport>.Fail("one of the stores cannot transfer whole libraries");
        }

        if (await target._items.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            return Result<CopyReport>.Fail($"the target library at {target._directory} is not empty: copy into a new library (roots init --library DIR [--store URL])");
        }

        foreach (var table in TransferSchema.Tables)
        {
            progress?.Report($"copying {table.Name}");
            var chunk = new List<object?[]>(CopyChunk);
            await foreach (var row in from.ReadRowsAsync(table, cancellationToken).ConfigureAwait(false))
            {
                chunk.Add(row);
                if (chunk.Count == CopyChunk)
                {
                    await to.WriteRowsAsync(table, chunk, cancellationToken).ConfigureAwait(false);
                    chunk.Clear();
                }
            }

            await to.WriteRowsAsync(table, chunk, cancellationToken).ConfigureAwait(false);
        }

        await to.FinishTransferAsync(cancellationToken).ConfigureAwait(false);
        progress?.Report("copying the originals the target archive lacks");
        int originals = await CopyOriginalsAsync(target, cancellationToken).ConfigureAwait(false);
        progress?.Report("rebuilding the full-text index from the copied items");
        long indexed = await target._upkeep.ReindexAsync(null, cancellationToken).ConfigureAwait(false);
        progress?.Report("counting and hashing every table on both sides");
        var tables = new List<CopiedTable>();
        foreach (var table in TransferSchema.Tables)
        {
            var source = await DigestAsync(from, table, cancellationToken).ConfigureAwait(false);
            var copy = await DigestAsync(to, table, cancellationToken).ConfigureAwait(false);
            tables.Add(new CopiedTable(table.Name, source.Count, source.ToHex(), copy.Count, copy.ToHex()));
        }

        return new CopyReport(_storeName, target._storeName, tables, originals, indexed);
    }

    private async Task<int> CopyOriginalsAsync(LibraryCopier target, CancellationToken cancellationToken)
    {
        int copied = 0;
        var addresses = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var version in _items.AllVersionsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!addresses.Add(version.Sha256) || File.Exists(target._archive.PathOf(version.Sha256)))
            {
                continue; // the same archive, or an original it already holds
            }

            byte[] content;
            await using (var original = _archive.Open(version.Sha256))
            using (var buffer = new MemoryStream())
            {
                await original.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                content = buffer.ToArray();
            }

            await target._archive.StoreAsync(content, cancellationToken).ConfigureAwait(false);
            copied++;
        }

        return copied;
    }

    private static async Task<TransferDigest> DigestAsync(ILibraryTransfer store, TransferTable table, CancellationToken cancellationToken)
    {
        var digest = new TransferDigest();
        await foreach (var row in store.ReadRowsAsync(table, cancellationToken).ConfigureAwait(false))
        {
            digest.Add(row);
        }

        return digest;
    }
}
