using System.Data.Common;
using Roots.Core;

namespace Roots.App.Configuration;

/// <summary>Which database holds a library: the embedded SQLite file, or a PostgreSQL server shared by many workers.</summary>
/// <param name="IsPostgres">True for PostgreSQL.</param>
/// <param name="ConnectionString">Npgsql's connection string (never with a password); empty for SQLite.</param>
/// <param name="Display">How to show it: <c>postgres://user@host:port/db</c> or <c>sqlite</c>.</param>
public sealed record StoreLocation(bool IsPostgres, string ConnectionString, string Display)
{
    /// <summary>The embedded default.</summary>
    public static StoreLocation Sqlite { get; } = new(false, "", "sqlite");

    private static readonly Dictionary<string, string> QueryKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["options"] = "Options",
        ["target_session_attrs"] = "Target Session Attributes",
    };

    /// <summary>
    /// Reads <c>store:</c> from <c>roots.yaml</c> (or <c>roots init --store</c>): empty or <c>sqlite</c> for
    /// the embedded default, or <c>postgres://user@host[:port]/database[?sslmode=require]</c>. A password in
    /// the URL is refused: it belongs in <c>PGPASSWORD</c> or a pgpass file, which Npgsql reads, never in a
    /// file that is copied, shared and shown.
    /// </summary>
    public static Result<StoreLocation> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite;
        }

        const string Hint = "store must be sqlite or postgres://user@host[:port]/database";
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
        {
            return Result<StoreLocation>.Fail($"{Hint}, not '{text.Trim()}'");
        }

        string[] userInfo = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
        if (userInfo.Length == 2)
        {
            return Result<StoreLocation>.Fail("the store URL holds a password: remove it and set PGPASSWORD or a ~/.pgpass entry instead");
        }

        string database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (uri.Host.Length == 0 || database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            return Result<StoreLocation>.Fail($"{Hint}: the host and the database are both needed");
        }

        var builder = new DbConnectionStringBuilder
        {
            ["Host"] = uri.Host.Trim('[', ']'),
            ["Port"] = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            ["Database"] = database,
        };
        if (userInfo[0].Length > 0)
        {
            builder["Username"] = userInfo[0];
        }

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = pair.Split('=', 2);
            if (parts.Length != 2 || !QueryKeys.TryGetValue(Uri.UnescapeDataString(parts[0]), out var key))
            {
                return Result<StoreLocation>.Fail($"the store URL's parameter '{parts[0]}' is not one Roots passes on ({string.Join(", ", QueryKeys.Keys)})");
            }

            builder[key] = Uri.UnescapeDataString(parts[1]);
        }

        string user = userInfo[0].Length > 0 ? userInfo[0] + "@" : "";
        string port = uri.IsDefaultPort || uri.Port < 0 ? "" : $":{uri.Port}";
        return new StoreLocation(true, builder.ConnectionString, $"postgres://{user}{uri.Host}{port}/{database}");
    }
}
