namespace Roots.Architecture.Tests;

/// <summary>Failure messages that name the offenders.</summary>
internal static class Offenders
{
    /// <summary>"Type (what it uses)" for each finding of <see cref="Dependencies.Find"/> not allow-listed.</summary>
    public static IReadOnlyList<string> Except(IReadOnlyDictionary<string, string> found, IEnumerable<string> allowed) =>
        [.. found.Keys.Except(allowed).Select(type => $"{type} ({found[type]})")];

    /// <summary>A headline and one indented line per offender.</summary>
    public static string Message(string headline, IEnumerable<string> offenders) =>
        headline + Environment.NewLine + string.Join(Environment.NewLine, offenders.Select(o => "  " + o));
}
