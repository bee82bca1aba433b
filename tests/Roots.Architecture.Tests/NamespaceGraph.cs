using Mono.Cecil;
using NetArchTest.Rules;

namespace Roots.Architecture.Tests;

/// <summary>
/// The dependencies between the namespace slices of one assembly, found by NetArchTest: a slice is the
/// root namespace itself, or one namespace right below it with everything under that
/// (<c>Roots.App.Ingest</c> holds <c>Roots.App.Ingest.Stages</c>).
/// </summary>
internal sealed class NamespaceGraph
{
    private NamespaceGraph(IReadOnlyList<string> slices, IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> edges)
    {
        Slices = slices;
        Edges = edges;
    }

    /// <summary>The slices, in ordinal order.</summary>
    public IReadOnlyList<string> Slices { get; }

    /// <summary>Each dependency between two slices, with the types of <c>From</c> that use <c>To</c>.</summary>
    public IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> Edges { get; }

    /// <summary>Reads the slices under <paramref name="root"/> in an assembly and the dependencies between them.</summary>
    /// <param name="file">The assembly's file name, beside the tests.</param>
    /// <param name="root">The assembly's root namespace.</param>
    public static NamespaceGraph Of(string file, string root)
    {
        // The names that stand for each slice in a dependency search: a namespace matches all that is
        // under it, so the root slice is named by its own top-level types instead.
        var types = Types.FromFile(file);
        var targets = types.GetTypes()
            .Select(t => t.FullName.Split('/')[0])
            .Distinct()
            .Select(name => (Name: name, Slice: SliceOf(NamespaceOf(name), root)))
            .Where(t => t.Slice is not null)
            .GroupBy(t => t.Slice!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Key == root ? g.Select(t => t.Name).ToArray() : [g.Key], StringComparer.Ordinal);

        var edges = new Dictionary<(string, string), IReadOnlyList<string>>();
        foreach (var from in targets.Keys)
        {
            foreach (var (to, names) in targets.Where(t => t.Key != from))
            {
                var users = Dependencies.Find(file, names, t => SliceOf(NamespaceOf(t), root) == from, types);
                if (users.Count > 0)
                    edges[(from, to)] = [.. users.Select(u => $"{u.Key} ({u.Value})")];
            }
        }
        return new NamespaceGraph([.. targets.Keys.Order(StringComparer.Ordinal)], edges);
    }

    /// <summary>Every cycle left once the <paramref name="allowed"/> edges are taken out: each is the set of
    /// slices that reach one another, with the edges between them.</summary>
    public IReadOnlyList<IReadOnlyList<(string From, string To)>> Cycles(IEnumerable<(string From, string To)> allowed)
    {
        var kept = Edges.Keys.Except(allowed).ToHashSet();
        var members = Slices
            .Select(s => Slices.Where(o => Reaches(kept, s, o) && Reaches(kept, o, s)).ToArray())
            .Where(scc => scc.Length > 1)
            .DistinctBy(scc => string.Join("|", scc));
        return [.. members.Select(scc => (IReadOnlyList<(string, string)>)[.. kept.Where(e => scc.Contains(e.From) && scc.Contains(e.To)).Order()])];
    }

    /// <summary>Whether the edge lies on a cycle of the whole graph (its target reaches its source).</summary>
    public bool IsOnCycle((string From, string To) edge) =>
        Edges.ContainsKey(edge) && Reaches(Edges.Keys.ToHashSet(), edge.To, edge.From);

    private static bool Reaches(HashSet<(string From, string To)> edges, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var work = new Stack<string>([from]);
        while (work.TryPop(out var node))
        {
            foreach (var (_, next) in edges.Where(e => e.From == node))
            {
                if (next == to)
                    return true;
                if (seen.Add(next))
                    work.Push(next);
            }
        }
        return false;
    }

    private static string? SliceOf(string ns, string root)
    {
        if (ns == root)
            return root;
        if (!ns.StartsWith(root + ".", StringComparison.Ordinal))
            return null;
        var end = ns.IndexOf('.', root.Length + 1);
        return end < 0 ? ns : ns[..end];
    }

    private static string NamespaceOf(string topLevelTypeName)
    {
        var dot = topLevelTypeName.LastIndexOf('.');
        return dot < 0 ? "" : topLevelTypeName[..dot];
    }

    private static string NamespaceOf(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
            type = type.DeclaringType;
        return type.Namespace;
    }
}
