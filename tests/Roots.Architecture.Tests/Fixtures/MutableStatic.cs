namespace Roots.Architecture.Tests.Fixtures;

/// <summary>A deliberate offender for <see cref="StaticStateTests"/>: the rule must find it.</summary>
public static class MutableStatic
{
    public static int Counter;

    public static string Setting { get; set; } = "";

    public static readonly string Frozen = "";

    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Cache = new();

    public static readonly HttpClient Client = new();
}
