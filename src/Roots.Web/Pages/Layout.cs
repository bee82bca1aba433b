using Microsoft.AspNetCore.Http;
using Roots.Web.Security;

namespace Roots.Web.Pages;

/// <summary>The frame of every page: head (CSP-friendly: only external script and style), navigation, main.</summary>
internal static class Layout
{
    public static IResult Page(HttpContext context, string title, string main, int status = StatusCodes.Status200OK)
    {
        string csrf = Csrf.TokenFor(context);
        string html = $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="csrf-token" content="{{Html.E(csrf)}}">
            <title>{{Html.E(title)}} · Roots</title>
            <link rel="icon" href="/static/icon.svg" type="image/svg+xml">
            <link rel="manifest" href="/manifest.webmanifest">
            <meta name="theme-color" content="#2a6f4e">
            <link rel="stylesheet" href="/static/app.css">
            <script src="/static/app.js" defer></script>
            </head>
            <body>
            <header><nav><a class="brand" href="/">Roots</a> <a href="/">Library</a> <a href="/add">Add</a> <a href="/ask">Ask</a> <a href="/organise">Organise</a> <a href="/feeds">Feeds</a> <a href="/jobs">Jobs</a> <a href="/costs">Costs</a> <a href="/openapi.json">API</a></nav></header>
            <main>
            {{main}}
            </main>
            </body>
            </html>
            """;
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
