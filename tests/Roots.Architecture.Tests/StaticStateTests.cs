using Roots.Architecture.Tests.Fixtures;

namespace Roots.Architecture.Tests;

/// <summary>
/// Core holds no static mutable state: its analysis is a plain function of its input, safe to share
/// between threads and libraries. Const and readonly fields are fine (a readonly cache of immutable data
/// is a pure cache); a writable static field is process-wide state that tests and libraries would share.
/// </summary>
public class StaticStateTests
{
    /// <summary>Today's writable static fields in Core, so that the rule catches new ones; the test fails
    /// on an entry that is gone, so that the list only shrinks.</summary>
    private static readonly string[] Allowed =
    [
        // [ThreadStatic] memo of a pure function: one Porter stemmer (not thread-safe) and its word cache per thread.
        "Roots.Core.Analysis.EnglishStemmer.t_cache",
        "Roots.Core.Analysis.EnglishStemmer.t_stemmer",
    ];

    [Fact]
    public void Core_HasNoStaticMutableState()
    {
        var found = StaticFields.Mutable(Src.AssemblyOf(Src.Core));

        var offenders = found.Except(Allowed).ToList();

        Assert.True(offenders.Count == 0, Offenders.Message("Roots.Core has writable static fields:", offenders));
        var stale = Allowed.Except(found).ToList();
        Assert.True(stale.Count == 0, Offenders.Message($"No longer in Roots.Core; remove them from {nameof(Allowed)}:", stale));
    }

    /// <summary>Writable static fields allowed in Roots.App and the stores: pure caches only, each with its reason.</summary>
    private static readonly string[] AllowedInAppAndStores =
    [
    ];

    /// <summary>
    /// Roots.App and the stores keep process-lifetime state in the engine (<c>RootsEngine</c>), never in
    /// statics: two engines (two tests, two hosts in one process) must not share breakers, clients or caches.
    /// Writable static fields are found, and so are readonly ones holding a run-time cache, client or lock.
    /// </summary>
    [Theory]
    [InlineData(Src.App)]
    [InlineData(Src.Sqlite)]
    [InlineData(Src.Postgres)]
    public void AppAndStores_HaveNoStaticMutableState(string project)
    {
        var assembly = Src.AssemblyOf(project);
        var found = StaticFields.Mutable(assembly).Concat(StaticFields.Shared(assembly)).ToList();

        var offenders = found.Except(AllowedInAppAndStores).ToList();

        Assert.True(offenders.Count == 0, Offenders.Message($"{project} has writable static fields:", offenders));
        var stale = AllowedInAppAndStores.Where(f => f.StartsWith(project + ".", StringComparison.Ordinal)).Except(found).ToList();
        Assert.True(stale.Count == 0, Offenders.Message($"No longer in {project}; remove them from {nameof(AllowedInAppAndStores)}:", stale));
    }

    [Fact]
    public void StaticStateRule_SeesAWritableStaticField()
    {
        var found = StaticFields.Mutable(typeof(StaticStateTests).Assembly);

        Assert.Contains($"{typeof(MutableStatic).FullName}.{nameof(MutableStatic.Counter)}", found);
        Assert.Contains($"{typeof(MutableStatic).FullName}.{nameof(MutableStatic.Setting)} (auto-property)", found);
        Assert.DoesNotContain(found, f => f.Contains(nameof(MutableStatic.Frozen), StringComparison.Ordinal));
    }

    [Fact]
    public void SharedStateRule_SeesAReadonlyCacheAndClient()
    {
        var found = StaticFields.Shared(typeof(StaticStateTests).Assembly);

        Assert.Contains($"{typeof(MutableStatic).FullName}.{nameof(MutableStatic.Cache)} (shared)", found);
        Assert.Contains($"{typeof(MutableStatic).FullName}.{nameof(MutableStatic.Client)} (shared)", found);
        Assert.DoesNotContain(found, f => f.Contains(nameof(MutableStatic.Frozen), StringComparison.Ordinal));
    }
}
