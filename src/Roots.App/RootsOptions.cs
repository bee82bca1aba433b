namespace Roots.App;

/// <summary>What a host chooses for its <see cref="RootsEngine"/>: the clock, the zone days are counted in, and the environment variables it reads.</summary>
public sealed class RootsOptions
{
    /// <summary>The clock every use case reads (default: the system's). Tests pass a fake one.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>
    /// The time zone budgets, costs by day and <c>--since</c> count days in (default: the machine's).
    /// The one place the machine's zone is read.
    /// </summary>
    public TimeZoneInfo Zone { get; set; } = TimeZoneInfo.Local;

    /// <summary>
    /// The environment variables the engine reads (<c>ROOTS_LIBRARY</c>, <c>ROOTS_EMBED</c>, <c>ROOTS_FETCH_ALLOW</c>,
    /// providers' API keys); default: the process's. A host running several commands in one process (a test) passes its own.
    /// </summary>
    public Func<string, string?> Environment { get; set; } = System.Environment.GetEnvironmentVariable;
}
