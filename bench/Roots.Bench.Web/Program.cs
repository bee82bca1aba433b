using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Roots.App;
using Roots.App.UseCases;
using Roots.App.Collect;
using Roots.App.Connect;

// web-bench [pages=2000] [feeds=200] [hashes=100000]: bulk import from a loopback server, polling
// unchanged feeds, and the near-duplicate full pass. Prints one line per figure.
int pages = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
int feeds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
int hashes = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000;

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
var app = builder.Build();
app.MapGet("/a/{n:int}", (HttpContext c, int n) => Send(c, Article(n), "text/html; charset=utf-8"));
app.MapGet("/f/{n:int}", (HttpContext c, int n) =>
{
    c.Response.Headers.ETag = $"\"feed-{n}\"";
    if (c.Request.Headers.IfNoneMatch.ToString() == $"\"feed-{n}\"")
    {
        c.Response.StatusCode = 304;
        return Task.CompletedTask;
    }

    return Send(c, $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed {n}</title><item><title>Entry {n}</title><guid>e{n}</guid><description>Entry {n} of feed {n} about archives.</description></item></channel></rss>", "application/rss+xml");
});
await app.StartAsync();
var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
Environment.SetEnvironmentVariable("ROOTS_FETCH_ALLOW", "127.0.0.1:" + new Uri(baseUrl).Port);

string dir = Directory.CreateTempSubdirectory("roots-web-bench-").FullName;
var library = Library.Init(Path.Combine(dir, "lib")).Value.Library;
long peak = 0;
using var sampler = new Timer(_ => peak = Math.Max(peak, Process.GetCurrentProcess().WorkingSet64), null, 0, 50);

var watch = Stopwatch.StartNew();
var report = await library.Web.AddUrlsAsync([.. Enumerable.Range(0, pages).Select(n => $"{baseUrl}/a/{n}")], AddOptions.None);
watch.Stop();
Console.WriteLine($"import: {pages} pages in {watch.Elapsed.TotalSeconds:F2} s = {pages / watch.Elapsed.TotalSeconds:F0} pages/s; added {report.Added}, failed {report.Failures.Count}; peak RSS {peak / 1024 / 1024} MB");

for (int n = 0; n < feeds; n++)
{
    await library.Feeds.AddAsync($"{baseUrl}/f/{n}", TimeSpan.FromHours(1), full: false);
}

var first = await library.Feeds.PollAsync(all: true);
watch.Restart();
var second = await library.Feeds.PollAsync(all: true);
watch.Stop();
Console.WriteLine($"feeds: first poll {first.Items.Added} entries; second poll of {feeds} unchanged feeds in {watch.Elapsed.TotalSeconds:F2} s ({second.Feeds.Count(f => f.Status == "not-modified")} not modified)");

var random = new Random(42);
var synthetic = Enumerable.Range(0, hashes).Select(i => ((long)i, (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63))).ToList();
for (int i = 0; i < hashes / 100; i++)
{
    synthetic.Add((hashes + i, synthetic[i].Item2 ^ (1UL << random.Next(64)) ^ (1UL << random.Next(64))));
}

watch.Restart();
var pairs = NearDuplicateFinder.FindPairs(synthetic);
watch.Stop();
Console.WriteLine($"dupes: full pass over {synthetic.Count} hashes in {watch.Elapsed.TotalMilliseconds:F0} ms, {pairs.Count} pairs (planted {hashes / 100})");

watch.Restart();
var groups = await library.Duplicates.FindAsync();
watch.Stop();
Console.WriteLine($"dupes: roots dupes on the {pages}-page library in {watch.Elapsed.TotalMilliseconds:F0} ms ({groups.Count} groups)");

library.Dispose();
await app.StopAsync();
Directory.Delete(dir, recursive: true);

static Task Send(HttpContext context, string body, string contentType)
{
    var bytes = Encoding.UTF8.GetBytes(body);
    context.Response.ContentType = contentType;
    context.Response.ContentLength = bytes.Length;
    return context.Response.Body.WriteAsync(bytes).AsTask();
}

static string Article(int n)
{
    var text = new StringBuilder();
    var random = new Random(n);
    string[] words = ["archive", "library", "reader", "knowledge", "journal", "essay", "feed", "paper", "history", "network", "memory", "science"];
    for (int p = 0; p < 8; p++)
    {
        text.Append("<p>");
        for (int w = 0; w < 60; w++)
        {
            text.Append(words[random.Next(words.Length)]).Append(' ');
        }

        text.Append("</p>");
    }

    return $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Article {n}</title><meta name=\"citation_author\" content=\"Author {n}\"></head><body><nav>home</nav><article><h1>Article {n}</h1>{text}</article></body></html>";
}
