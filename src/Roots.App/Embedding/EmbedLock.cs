namespace Roots.App.Embedding;

/// <summary>
/// One embedding run per library at a time: a file held open exclusively for the run. The
/// operating system releases it when the process ends, however it ends, so a crash never
/// leaves a stale lock behind.
/// </summary>
public sealed class EmbedLock : IDisposable
{
    /// <summary>The lock file inside a library.</summary>
    public const string FileName = "embed.lock";

    private readonly FileStream _file;

    private EmbedLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of the library at <paramref name="libraryDirectory"/>, or returns null when another run holds it.</summary>
    public static EmbedLock? TryAcquire(string libraryDirectory)
    {
        try
        {
            var file = new FileStream(Path.Combine(libraryDirectory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return new EmbedLock(file);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>How often a waiting run tries the lock again.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Takes the lock, waiting for the run that holds it to end (a background <c>roots embed</c>
    /// started by <c>roots add</c>, the server's round): a script that imports and then embeds
    /// gets its vectors instead of a refusal. <paramref name="onWaiting"/> is called once, when the
    /// lock is held by another run. The operating system has no portable blocking wait for this
    /// lock, so it is tried again every <see cref="RetryInterval"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> fires while waiting (Ctrl-C).</exception>
    public static async Task<EmbedLock> AcquireAsync(string libraryDirectory, Action? onWaiting, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        bool told = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryAcquire(libraryDirectory) is { } taken)
            {
                return taken;
            }

            if (!told)
            {
                told = true;
                onWaiting?.Invoke();
            }

            await Task.Delay(RetryInterval, time ?? TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();
}
