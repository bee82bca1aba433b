using Roots.Core.Transfer;

namespace Roots.Core.Ports;

/// <summary>
/// Reads and writes a library's kept data table by table in one store-neutral shape (see
/// <see cref="TransferSchema"/>), so <c>roots copy</c> moves a whole library between SQLite and
/// PostgreSQL with its ids, and both sides can be hashed the same way. Projections (the full-text
/// index and its statistics) are not transferred: the target rebuilds them from the items.
/// </summary>
/// <remarks>Same threading as <see cref="IItemStore"/>. Values are <see cref="long"/>, <see cref="double"/>,
/// <see cref="string"/>, <see cref="byte"/>[] or null, as <see cref="TransferColumn.Type"/> says.</remarks>
public interface ILibraryTransfer
{
    /// <summary>Every row of <paramref name="table"/>, columns in <see cref="TransferTable.Columns"/> order, in no particular order.</summary>
    IAsyncEnumerable<object?[]> ReadRowsAsync(TransferTable table, CancellationToken cancellationToken = default);

    /// <summary>Writes rows into <paramref name="table"/> of an empty library, in one transaction, keeping their ids.</summary>
    ValueTask WriteRowsAsync(TransferTable table, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken = default);

    /// <summary>After the last write: moves id generators past the copied ids and refreshes caches.</summary>
    ValueTask FinishTransferAsync(CancellationToken cancellationToken = default);
}
