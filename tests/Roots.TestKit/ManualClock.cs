namespace Roots.TestKit;

/// <summary>
/// A clock that only moves when a test moves it, so that leases, "since" filters, caches and timings need no
/// sleeps and no wall clock. It can stay fixed (the default), be moved by hand with <see cref="Advance"/>, or
/// move by <see cref="Step"/> on every read (to time phases: each measured interval is a whole number of steps).
/// </summary>
/// <remarks>
/// Wall-clock time (<see cref="GetUtcNow"/>) and timestamps (<see cref="GetTimestamp"/>) read the same instant,
/// in ticks, so elapsed times and dates always agree. Reads and moves are thread-safe. Timers are the base
/// class's real timers: nothing in the tests waits on them.
/// </remarks>
public sealed class ManualClock : TimeProvider
{
    private long _utcTicks;

    /// <summary>A clock that reads <paramref name="start"/> until it is moved.</summary>
    public ManualClock(DateTimeOffset start) => _utcTicks = start.UtcTicks;

    /// <summary>How far the clock moves before each read (of the time or a timestamp); zero (the default) keeps it still.</summary>
    public TimeSpan Step
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            field = value;
        }
    }

    /// <summary>The zone <see cref="TimeProvider.GetLocalNow"/> uses; UTC unless set, so "local" output is the same on every machine.</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => Zone;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Read(), TimeSpan.Zero);

    /// <inheritdoc />
    public override long GetTimestamp() => Read();

    /// <summary>Moves the clock forward and returns the new time (stores keep milliseconds, so tests move it by whole milliseconds).</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        return new DateTimeOffset(Interlocked.Add(ref _utcTicks, by.Ticks), TimeSpan.Zero);
    }

    private long Read() => Step == TimeSpan.Zero ? Interlocked.Read(ref _utcTicks) : Interlocked.Add(ref _utcTicks, Step.Ticks);
}
