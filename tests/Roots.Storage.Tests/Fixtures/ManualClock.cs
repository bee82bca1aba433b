namespace Roots.Storage.Tests.Fixtures;

/// <summary>A clock that only moves when a test moves it, so that leases, "since" filters and "newest first" need no sleeps.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Moves the clock forward (stores keep milliseconds, so tests move it by whole milliseconds).</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        _now += by;
        return _now;
    }
}
