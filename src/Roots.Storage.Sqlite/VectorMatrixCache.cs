using System.Collections.Concurrent;
using Roots.Core.Vectors;

namespace Roots.Storage.Sqlite;

/// <summary>
/// The vector matrices loaded by the stores that share this cache, by database file and model: a served
/// library opens several stores on one file, and each loading its own copy of 100,000 items' vectors
/// would double the server's memory. Held weakly: the stores using a matrix keep it alive, and it goes
/// when the last of them is disposed.
/// </summary>
/// <remarks>
/// The engine owns one and hands it to every store it opens, so that sharing is a choice of the host
/// rather than process-wide state. A store opened without one shares with nobody. Thread-safe.
/// </remarks>
public sealed class VectorMatrixCache
{
    private readonly ConcurrentDictionary<(string File, string Model), WeakReference<SharedMatrix>> _matrices = new();

    private readonly Lock _loading = new();

    /// <summary>
    /// The matrix of <paramref name="model"/> in <paramref name="file"/> when one with the same row count and
    /// stamp is held, else the one <paramref name="load"/> reads (and this cache then holds).
    /// </summary>
    internal SharedMatrix GetOrLoad(string file, string model, long count, long stamp, Func<VectorMatrix> load)
    {
        var key = (file, model);
        // One load at a time: two requests that both find no matrix must not both read one.
        lock (_loading)
        {
            if (_matrices.TryGetValue(key, out var weak) && weak.TryGetTarget(out var shared) && shared.Count == count && shared.Stamp == stamp)
            {
                return shared;
            }

            shared = new SharedMatrix(count, stamp, load());
            _matrices[key] = new WeakReference<SharedMatrix>(shared);
            return shared;
        }
    }

    /// <summary>Drops every matrix of <paramref name="file"/>: a store changed its vectors.</summary>
    internal void Forget(string file)
    {
        foreach (var key in _matrices.Keys.Where(k => k.File == file))
        {
            _matrices.TryRemove(key, out _);
        }
    }
}
