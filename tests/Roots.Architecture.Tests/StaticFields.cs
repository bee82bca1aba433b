using System.CodeDom.Compiler;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Roots.Architecture.Tests;

/// <summary>Finds static mutable state by reflection: static fields that are neither const nor readonly.</summary>
internal static class StaticFields
{
    private const BindingFlags DeclaredStatics =
        BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>"Type.field" for every writable static field of the assembly's own code. The compiler's
    /// types (lambda caches, state machines) and source-generated ones (regexes) are left out; a static
    /// auto-property with a setter is not: its backing field is shown as "Type.Property (auto-property)".</summary>
    public static IReadOnlyList<string> Mutable(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => !IsGenerated(type))
            .SelectMany(type => type.GetFields(DeclaredStatics))
            .Where(field => !field.IsLiteral && !field.IsInitOnly)
            .Select(Describe)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Types that exist to be changed or shared while the process runs: a static readonly field of one is
    /// process-wide state all the same (a cache filled at run time, a connection pool, a lock).
    /// </summary>
    private static readonly string[] SharedHolders =
    [
        "System.Collections.Concurrent.",
        "System.Net.Http.HttpClient",
        "System.Net.Http.HttpMessageHandler",
        "System.Net.Http.SocketsHttpHandler",
        "System.Threading.Lock",
        "System.Threading.SemaphoreSlim",
        "System.WeakReference",
    ];

    /// <summary>"Type.field (shared)" for every static readonly field whose type is one of <see cref="SharedHolders"/>.</summary>
    public static IReadOnlyList<string> Shared(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => !IsGenerated(type))
            .SelectMany(type => type.GetFields(DeclaredStatics))
            .Where(field => field.IsInitOnly && SharedHolders.Any(h => (field.FieldType.FullName ?? field.FieldType.Name).StartsWith(h, StringComparison.Ordinal)))
            .Select(field => $"{field.DeclaringType!.FullName}.{field.Name} (shared)")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsGenerated(Type type)
    {
        for (Type? t = type; t is not null; t = t.DeclaringType)
        {
            if (t.IsDefined(typeof(CompilerGeneratedAttribute), false) || t.IsDefined(typeof(GeneratedCodeAttribute), false))
                return true;
        }
        return false;
    }

    private static string Describe(FieldInfo field)
    {
        var owner = field.DeclaringType!.FullName;
        const string backing = ">k__BackingField";
        return field.Name.StartsWith('<') && field.Name.EndsWith(backing, StringComparison.Ordinal)
            ? $"{owner}.{field.Name[1..^backing.Length]} (auto-property)"
            : $"{owner}.{field.Name}";
    }
}
