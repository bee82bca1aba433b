using System.Collections.Concurrent;
using Mono.Cecil;
using NetArchTest.Rules;

namespace Roots.Architecture.Tests;

/// <summary>
/// Which types of an assembly use any of some namespaces or types: NetArchTest's dependency search (fields,
/// signatures, method bodies, attributes, lambdas and state machines), plus the exception types of catch
/// clauses, which it does not read. Those matter: once the compiler drops an unused exception local, as
/// Release builds do, <c>catch (SqliteException)</c> leaves no other trace in the IL.
/// </summary>
internal static class Dependencies
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<(TypeDefinition Owner, string Caught)>> s_catches = new();

    /// <summary>Each offending top-level type (a nested type counts as its top-level type: that is the
    /// name a reader looks for, and the one allow-lists hold), with what it uses.</summary>
    /// <param name="file">The assembly's file name, beside the tests.</param>
    /// <param name="targets">Namespaces or full type names.</param>
    /// <param name="among">Which types to look at; all when null.</param>
    /// <param name="types">The assembly's types when the caller has loaded them already (loading costs more than
    /// a search); never one instance for two tests at once, since NetArchTest keeps each search's state on it.</param>
    public static IReadOnlyDictionary<string, string> Find(string file, string[] targets, Func<TypeDefinition, bool>? among = null, Types? types = null)
    {
        types ??= Types.FromFile(file);
        var result = (among is null ? types.ShouldNot() : types.That().MeetCustomRule(among).ShouldNot())
            .HaveDependencyOnAny(targets).GetResult();

        var found = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in result.FailingTypes ?? [])
            Add(found, type.FullName, type.Explanation?.Trim());
        foreach (var (owner, caught) in CatchesIn(file))
        {
            if ((among is null || among(owner)) && targets.Any(target => IsIn(caught, target)))
                Add(found, owner.FullName, $"Catches {caught}");
        }
        return found.ToDictionary(f => f.Key, f => string.Join("; ", f.Value), StringComparer.Ordinal);
    }

    private static void Add(SortedDictionary<string, SortedSet<string>> found, string fullName, string? why)
    {
        // Cecil writes nested types as Outer/Inner.
        var topLevel = fullName.Split('/')[0];
        if (!found.TryGetValue(topLevel, out var whys))
            found[topLevel] = whys = new SortedSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(why))
            whys.Add(why);
    }

    private static bool IsIn(string typeName, string target) =>
        typeName == target || typeName.StartsWith(target + ".", StringComparison.Ordinal) || typeName.StartsWith(target + "/", StringComparison.Ordinal);

    private static IReadOnlyList<(TypeDefinition Owner, string Caught)> CatchesIn(string file) =>
        s_catches.GetOrAdd(file, f =>
        {
            var module = ModuleDefinition.ReadModule(Path.Combine(AppContext.BaseDirectory, f));
            return
            [
                .. from type in module.GetTypes()
                   from method in type.Methods
                   where method.HasBody
                   from handler in method.Body.ExceptionHandlers
                   where handler.CatchType is not null
                   select (type, handler.CatchType.FullName),
            ];
        });
}
