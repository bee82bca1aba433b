using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Roots.Web.Security;

/// <summary>
/// Double-submit CSRF protection: every page sets a random token in a SameSite=Strict cookie and
/// repeats it in <c>&lt;meta name="csrf-token"&gt;</c>; the page's script sends it back in the
/// <c>X-CSRF-Token</c> header. Another site can make a browser send the cookie (not with
/// SameSite=Strict, but older browsers) yet cannot read it to set the header.
/// </summary>
public static class Csrf
{
    /// <summary>The cookie holding the token.</summary>
    public const string CookieName = "roots_csrf";

    /// <summary>The header that must repeat it.</summary>
    public const string HeaderName = "X-CSRF-Token";

    /// <summary>The request's token, setting a new cookie when it has none; pages put it in their meta tag.</summary>
    public static string TokenFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Cookies.TryGetValue(CookieName, out string? token) && token is { Length: >= 32 })
        {
            return token;
        }

        token = AccessToken.Base64Url(RandomNumberGenerator.GetBytes(32));
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
        return token;
    }

    /// <summary>Whether the request's header repeats its cookie.</summary>
    public static bool IsValid(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Cookies.TryGetValue(CookieName, out string? cookie) || cookie is not { Length: >= 32 })
        {
            return false;
        }

        string header = request.Headers[HeaderName].ToString();
        return header.Length == cookie.Length
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(header), Encoding.ASCII.GetBytes(cookie));
    }
}
