using System.Collections.Concurrent;
using System.Reflection;
using Roots.Core.Ports;

namespace Roots.App.Tests.Connect;

/// <summary>
/// A real store seen through a proxy that counts, per item number, the calls that read one item back
/// (its text, fields, identifiers, or the item itself), so a test can tell what a step re-read.
/// </summary>
public class CountingStore : DispatchProxy
{
    private static readonly string[] s_perItemReads = ["GetTextAsync", "GetFieldsAsync", "GetIdentifiersAsync", "GetAsync"];

    private ILibraryStore _inner = null!;

    /// <summary>(method, item) for each per-item read, and the items of each batch read (GetManyAsync).</summary>
    public ConcurrentBag<(string Method, long ItemId)> Reads { get; } = [];

    public static (ILibraryStore Store, CountingStore Counter) Over(ILibraryStore inner)
    {
        var proxy = Create<ILibraryStore, CountingStore>();
        var counter = (CountingStore)(object)proxy;
        counter._inner = inner;
        return (proxy, counter);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (s_perItemReads.Contains(targetMethod.Name) && args is [long id, ..])
        {
            Reads.Add((targetMethod.Name, id));
        }
        else if (targetMethod.Name == "GetManyAsync" && args is [IEnumerable<long> ids, ..])
        {
            foreach (long each in ids)
            {
                Reads.Add((targetMethod.Name, each));
            }
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
