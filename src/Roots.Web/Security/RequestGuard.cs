using Microsoft.AspNetCore.Http;

namespace Roots.Web.Security;

/// <summary>
/// The checks every request passes before an endpoint sees it, because any web page can make a
/// browser send requests to localhost: the Host must be ours (DNS rebinding), a cross-origin
/// request may not change anything, an exposed server wants the token (or a session made with it)
/// for everything, and every state-changing request needs the token or a same-origin CSRF token.
/// </summary>
internal sealed class RequestGuard(RequestDelegate next, HostPolicy hosts, SessionStore sessions, GuardSettings settings)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!hosts.Allows(request.Headers.Host.ToString()))
        {
            await Problems.Write(context, StatusCodes.Status400BadRequest, "Host not allowed",
                "this server answers to 127.0.0.1, localhost and its bind address; add a name with roots serve --host NAME").ConfigureAwait(false);
            return;
        }

        bool unsafeMethod = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        if (unsafeMethod && !SameOrigin(request))
        {
            await Problems.Write(context, StatusCodes.Status403Forbidden, "Cross-origin request refused",
                "only this server's own pages may change the library").ConfigureAwait(false);
            return;
        }

        bool bearer = AccessToken.Matches(settings.TokenHash, BearerOf(request));
        bool session = sessions.IsValid(request.Cookies[SessionStore.CookieName]);
        if (settings.RequiresToken && !bearer && !session && !IsPublic(request.Path))
        {
            if (request.Path.StartsWithSegments("/api"))
            {
                await Problems.Write(context, StatusCodes.Status401Unauthorized, "Access token required",
                    "send Authorization: Bearer TOKEN (made by roots serve --token)").ConfigureAwait(false);
            }
            else
            {
                context.Response.Redirect("/login");
            }

            return;
        }

        if (unsafeMethod && !bearer && !IsPublic(request.Path) && !Csrf.IsValid(request))
        {
            await Problems.Write(context, StatusCodes.Status403Forbidden, "CSRF token missing or wrong",
                $"send the page's csrf-token in {Csrf.HeaderName}, or Authorization: Bearer TOKEN").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>The login form, the assets the login page needs and the web app manifest (browsers fetch it without cookies) are open to everyone.</summary>
    private static bool IsPublic(PathString path) =>
        path.StartsWithSegments("/login") || path.StartsWithSegments("/static") || path.StartsWithSegments("/manifest.webmanifest");

    /// <summary>No Origin (not a browser, or a same-origin GET), or an Origin naming this very host.</summary>
    private static bool SameOrigin(HttpRequest request)
    {
        string origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            // Browsers mark cross-site requests even where they omit Origin.
            return request.Headers["Sec-Fetch-Site"].ToString() is "" or "same-origin" or "none";
        }

        return string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    private static string? BearerOf(HttpRequest request)
    {
        string value = request.Headers.Authorization.ToString();
        return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : null;
    }
}

/// <summary>What the guard needs to know about the server.</summary>
/// <param name="TokenHash">The stored hash of the access token, if one was made.</param>
/// <param name="RequiresToken">Whether every request needs the token (exposed server).</param>
internal sealed record GuardSettings(string? TokenHash, bool RequiresToken);
