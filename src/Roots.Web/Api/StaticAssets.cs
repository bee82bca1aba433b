using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Roots.Web.Api;

/// <summary>
/// <c>/static/{name}</c>, <c>/openapi.json</c> and <c>/manifest.webmanifest</c>: the script, the stylesheet, the icon, the API document and the web app manifest (with its share target),
/// embedded in the assembly (no wwwroot to lose), read once, served with an ETag.
/// </summary>
internal static class StaticAssets
{
    private static readonly FrozenDictionary<string, (byte[] Bytes, string Type, string ETag)> Assets = Load();

    public static IEndpointRouteBuilder MapStaticAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/static/{name}", (string name, HttpContext context) => Serve(name, context));
        app.MapGet("/openapi.json", (HttpContext context) => Serve("openapi.json", context));
        app.MapGet("/manifest.webmanifest", (HttpContext context) => Serve("manifest.webmanifest", context));
        return app;
    }

    private static IResult Serve(string name, HttpContext context)
    {
        if (!Assets.TryGetValue(name, out var asset))
        {
            return Problems.NotFound($"no asset '{name}'");
        }

        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = asset.ETag;
        return context.Request.Headers.IfNoneMatch.ToString() == asset.ETag
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(asset.Bytes, asset.Type);
    }

    private static FrozenDictionary<string, (byte[], string, string)> Load()
    {
        const string prefix = "Roots.Web.Static.";
        var assembly = Assembly.GetExecutingAssembly();
        var assets = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        foreach (string resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            byte[] bytes = copy.ToArray();
            string name = resource[prefix.Length..];
            string type = Path.GetExtension(name) switch
            {
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".json" => "application/json; charset=utf-8",
                ".webmanifest" => "application/manifest+json; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            assets[name] = (bytes, type, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
