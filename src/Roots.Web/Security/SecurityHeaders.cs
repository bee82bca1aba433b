using Microsoft.AspNetCore.Http;

namespace Roots.Web.Security;

/// <summary>
/// Headers on every response: a strict Content-Security-Policy for the app's own pages (scripts
/// only from this origin, no inline script, no framing), and a sandbox for archived originals,
/// which are hostile by assumption: a collected page must not run script with the app's origin.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The app's pages: own scripts and styles only.</summary>
    public const string AppPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>Archived originals: a unique origin, nothing loaded, nothing run.</summary>
    public const string OriginalPolicy = "sandbox; default-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/original") ? OriginalPolicy : AppPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}
