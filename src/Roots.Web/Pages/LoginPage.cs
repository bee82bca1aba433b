using Microsoft.AspNetCore.Http;
using Roots.Web.Security;

namespace Roots.Web.Pages;

/// <summary>
/// <c>/login</c>: on a server reachable from other machines, a person types the access token once
/// and gets a session cookie (HttpOnly, SameSite=Strict). Plain form, no script.
/// </summary>
internal static class LoginPage
{
    public static IResult Render(HttpContext context, string? error = null) => Layout.Page(context, "Log in", $$"""
        <h1>Log in</h1>
        <p>This server is reachable from other machines; give the access token that <code>roots serve --token</code> printed.</p>
        {{(error is null ? "" : $"<p class=\"error\">{Html.E(error)}</p>")}}
        <form method="post" action="/login" class="stack">
        <input name="token" type="password" autocomplete="current-password" required>
        <button type="submit">Log in</button>
        </form>
        """, error is null ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized);

    public static async Task<IResult> PostAsync(HttpContext context, SessionStore sessions, GuardSettings settings)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (!AccessToken.Matches(settings.TokenHash, form["token"].ToString()))
        {
            return Render(context, "That is not the access token.");
        }

        context.Response.Cookies.Append(SessionStore.CookieName, sessions.Start(), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
        return TypedResults.Redirect("/");
    }
}
