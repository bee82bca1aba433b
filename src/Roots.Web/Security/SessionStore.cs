using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Roots.Web.Security;

/// <summary>
/// Browser sessions of an exposed server: a person types the access token once on /login and gets
/// a random session id in an HttpOnly, SameSite=Strict cookie. Kept in memory, so a restart logs
/// everyone out, which is what a local tool should do. Thread-safe.
/// </summary>
public sealed class SessionStore
{
    /// <summary>The session cookie's name.</summary>
    public const string CookieName = "roots_session";

    private readonly ConcurrentDictionary<string, byte> _sessions = new(StringComparer.Ordinal);

    /// <summary>Starts a session and returns its id.</summary>
    public string Start()
    {
        string id = AccessToken.Base64Url(RandomNumberGenerator.GetBytes(32));
        _sessions[id] = 0;
        return id;
    }

    /// <summary>Whether <paramref name="id"/> is a live session.</summary>
    public bool IsValid(string? id) => id is not null && _sessions.ContainsKey(id);
}
