namespace Roots.Publish.Tests.Support;

/// <summary>A clock that always reads the same instant, so outputs that need "today" are stable.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock Default { get; } = new(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
