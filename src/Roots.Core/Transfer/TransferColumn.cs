namespace Roots.Core.Transfer;

/// <summary>The store-neutral type of a transferred value.</summary>
public enum TransferType
{
    /// <summary>A 64-bit integer (<see cref="long"/>); booleans are 0 or 1.</summary>
    Integer,

    /// <summary>A double.</summary>
    Real,

    /// <summary>Text.</summary>
    Text,

    /// <summary>Bytes (vectors: float32, little-endian, one after another).</summary>
    Bytes,
}

/// <summary>One column of a transferred table.</summary>
/// <param name="Name">The column's name in both stores.</param>
/// <param name="Type">Its store-neutral type.</param>
public sealed record TransferColumn(string Name, TransferType Type);
