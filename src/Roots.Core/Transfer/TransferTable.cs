namespace Roots.Core.Transfer;

/// <summary>One table of a library as <c>roots copy</c> moves it.</summary>
/// <param name="Name">The table's name in both stores.</param>
/// <param name="Columns">The columns transferred, in order; generated row ids of queues and ledgers are left out.</param>
public sealed record TransferTable(string Name, IReadOnlyList<TransferColumn> Columns)
{
    /// <summary>The column names, comma-separated, for SQL.</summary>
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name == "full" ? "\"full\"" : c.Name));
}
