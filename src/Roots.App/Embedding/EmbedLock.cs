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

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();
}
