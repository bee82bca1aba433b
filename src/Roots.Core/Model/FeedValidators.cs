namespace Roots.Core.Model;

/// <summary>The HTTP validators of the copy of a URL the library holds, for conditional GET (a refresh).</summary>
/// <param name="ETag">Sent back as If-None-Match.</param>
/// <param name="LastModified">Sent back as If-Modified-Since.</param>
public sealed record FeedValidators(string? ETag, DateTimeOffset? LastModified);
