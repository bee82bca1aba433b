namespace Roots.App.Collect;

/// <summary>What a queued URL job carries besides its URL.</summary>
internal static class UrlJobPayload
{
    /// <summary>The job kind of a URL to collect.</summary>
    public const string Kind = "url";

    /// <summary>The payload of a job queued again by <c>--refresh</c>: fetch conditionally even though it was done.</summary>
    public const string Refresh = """{"refresh":true}""";

    public static bool IsRefresh(string? payload) => payload == Refresh;
}
