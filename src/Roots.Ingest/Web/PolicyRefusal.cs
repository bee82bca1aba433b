namespace Roots.Ingest.Web;

/// <summary>
/// Tells a refusal by the address policy (a private, loopback or link-local address that
/// <c>fetch.allow</c> does not name) from other failures. Such a refusal says nothing about the
/// URL itself: once the user allows the host, the same URL must be fetched. Failure memories
/// (dead URL jobs) keep only the reason line, so the reason carries the mark, spelled once here.
/// </summary>
public static class PolicyRefusal
{
    /// <summary>The end of every address-policy refusal: what the user can do about it.</summary>
    public const string Hint = "allow it with fetch.allow";

    /// <summary>True when <paramref name="reason"/> is a refusal by the address policy, which a changed <c>fetch.allow</c> may lift.</summary>
    public static bool Is(string? reason) =>
        reason is not null && reason.StartsWith("refused ", StringComparison.Ordinal) && reason.EndsWith("; " + Hint, StringComparison.Ordinal);
}
