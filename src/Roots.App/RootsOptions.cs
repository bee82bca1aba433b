namespace Roots.App;

/// <summary>What a host chooses for its <see cref="RootsEngine"/>: the clock and the zone days are counted in.</summary>
public sealed class RootsOptions
{
    /// <summary>The clock every use case reads (default: the system's). Tests pass a fake one.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>
    /// The time zone budgets, costs by day and <c>--since</c> count days in (default: the machine's).
    /// The one place the machine's zone is read.
    /// </summary>
    public TimeZoneInfo Zone { get; set; } = TimeZoneInfo.Local;
}
