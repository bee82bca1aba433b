namespace Roots.App.Publish;

/// <summary>Times consecutive stages: starting one ends the one before. Not thread-safe; one per publish.</summary>
internal sealed class StageClock(TimeProvider time)
{
    private readonly List<PublishTiming> _done = [];
    private string? _stage;
    private long _started;

    /// <summary>Ends the current stage, if any, and starts <paramref name="stage"/>.</summary>
    public void Start(string stage)
    {
        Stop();
        _stage = stage;
        _started = time.GetTimestamp();
    }

    /// <summary>Ends the current stage and returns every stage timed so far.</summary>
    public IReadOnlyList<PublishTiming> Stop()
    {
        if (_stage is not null)
        {
            _done.Add(new PublishTiming(_stage, Math.Round(time.GetElapsedTime(_started).TotalSeconds, 3)));
            _stage = null;
        }

        return _done;
    }
}
