namespace Roots.App.UseCases;

/// <summary>One table of a copy: its rows and content hash on each side.</summary>
/// <param name="Table">The table.</param>
/// <param name="FromRows">Rows in the source library.</param>
/// <param name="FromHash">The source's content hash (order-independent SHA-256).</param>
/// <param name="ToRows">Rows in the target library.</param>
/// <param name="ToHash">The target's content hash.</param>
public sealed record CopiedTable(string Table, long FromRows, string FromHash, long ToRows, string ToHash)
{
    /// <summary>True when both sides hold the same rows.</summary>
    public bool Match => FromRows == ToRows && FromHash == ToHash;
}

/// <summary>What <c>roots copy</c> did.</summary>
/// <param name="From">The source store.</param>
/// <param name="To">The target store.</param>
/// <param name="Tables">Every table, compared after the copy.</param>
/// <param name="Originals">Originals copied into the target's archive (0 when both share one).</param>
/// <param name="Indexed">Items the target's full-text index holds after its rebuild.</param>
public sealed record CopyReport(string From, string To, IReadOnlyList<CopiedTable> Tables, int Originals, long Indexed)
{
    /// <summary>True when every table matches.</summary>
    public bool Match => Tables.All(t => t.Match);
}
