namespace Roots.App.Models;

/// <summary>What <c>roots tag ID... --model</c> did, and why it stopped early if it did.</summary>
/// <param name="Items">One outcome per item tagged, in the order asked.</param>
/// <param name="StoppedBecause">The one-line reason the batch ended early (a budget, a failing provider), or null.</param>
public sealed record ModelTagReport(IReadOnlyList<ModelTagOutcome> Items, string? StoppedBecause)
{
    /// <summary>Answers outside the taxonomy, over all items.</summary>
    public int Dropped => Items.Sum(i => i.Dropped);
}
