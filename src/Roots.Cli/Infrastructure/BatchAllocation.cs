using System.Runtime;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// Lets a short batch command allocate up to a budget without the garbage collector stopping it.
/// A republish of 10,000 items allocates about 320 MB while its live data (the whole site's model)
/// is over 100 MB: the four or five collections that would run meanwhile, each marking all of that
/// on a two-core machine, were a fifth of its time. Past the budget the runtime collects as usual
/// and the command goes on; memory is only touched as it is used.
/// </summary>
/// <remarks>
/// A command that turns out small leaves the region open until the process exits: ending it would
/// run at once the collection it put off (a third of a second after that republish), just before
/// exiting frees everything anyway. One that turns out large ends it (<see cref="End"/>) and
/// collects as usual from there. Only commands that end the process soon after call this, never
/// <c>serve</c> or <c>worker</c>.
/// </remarks>
internal static class BatchAllocation
{
    /// <summary>
    /// Starts a region without collections of <paramref name="budgetBytes"/>, or of an eighth of
    /// the memory available to the process when that is smaller; does nothing where the runtime refuses.
    /// </summary>
    /// <returns>True when the region started.</returns>
    public static bool Begin(long budgetBytes)
    {
        long budget = Math.Min(budgetBytes, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 8);
        try
        {
            return budget > 0 && GC.TryStartNoGCRegion(budget);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // Too large for this runtime's heap layout, or a region already open: run as usual.
            return false;
        }
    }

    /// <summary>Ends the region, if one is open: collections resume (the first at once).</summary>
    public static void End()
    {
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // The runtime left the region itself in the meantime (the budget ran out): nothing to end.
        }
    }
}
