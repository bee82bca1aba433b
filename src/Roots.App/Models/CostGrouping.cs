namespace Roots.App.Models;

/// <summary>How <c>roots costs</c> groups the ledger.</summary>
public enum CostGrouping
{
    /// <summary>One line per model.</summary>
    Model,

    /// <summary>One line per operation (summarize, ask …).</summary>
    Operation,

    /// <summary>One line per calendar day (local time).</summary>
    Day,
}
