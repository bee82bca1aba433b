namespace Roots.Cli.Infrastructure;

/// <summary>
/// Turns the first Ctrl-C into a graceful stop (work in flight is finished and kept) and a
/// second one into an immediate exit.
/// </summary>
public sealed class InterruptSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private int _presses;

    /// <summary>Listens for Ctrl-C (SIGINT) from now on.</summary>
    public InterruptSignal() => Console.CancelKeyPress += OnCancel;

    /// <summary>Cancelled on the first Ctrl-C.</summary>
    public CancellationToken Token => _source.Token;

    /// <inheritdoc />
    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _source.Dispose();
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        if (Interlocked.Increment(ref _presses) == 1)
        {
            e.Cancel = true;
            Console.Error.WriteLine("roots: stopping after the work in flight is kept (Ctrl-C again to quit now)");
            _source.Cancel();
        }
    }
}
