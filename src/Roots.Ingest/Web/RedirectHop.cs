namespace Roots.Ingest.Web;

/// <summary>One redirect followed: the URL that answered, its status, and where it pointed.</summary>
public readonly record struct RedirectHop(Uri From, int StatusCode, Uri To);
