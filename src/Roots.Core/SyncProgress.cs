namespace Roots.Core;

/// <summary>
/// An <see cref="IProgress{T}"/> that reports on the caller's thread, in order. (The framework's
/// <c>Progress&lt;T&gt;</c> posts to the thread pool, so reports can arrive late and out of order.)
/// </summary>
public sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    /// <inheritdoc />
    public void Report(T value) => report(value);
}
