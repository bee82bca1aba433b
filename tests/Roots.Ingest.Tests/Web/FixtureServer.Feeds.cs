using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Roots.Ingest.Tests.Web;

/// <summary>Feed routes of the fixture server.</summary>
public sealed partial class FixtureServer
{
    private void MapFeeds(WebApplication app)
    {
        app.MapGet("/feeds/atom.xml", c => Send(c, Encoding.UTF8.GetBytes(Feeds.FeedFixtures.Atom), "application/atom+xml"));
        app.MapGet("/feeds/feed.json", c => Send(c, Encoding.UTF8.GetBytes(Feeds.FeedFixtures.JsonFeed), "application/feed+json"));
        app.MapGet("/feeds/rss.xml", c => Send(c, Encoding.UTF8.GetBytes(Feeds.FeedFixtures.Rss20Relative), "application/rss+xml"));
        app.MapGet("/feeds/broken.xml", c => Send(c, Encoding.UTF8.GetBytes("<rss><channel><title>cut off"), "application/rss+xml"));
        app.MapGet("/feeds/conditional.xml", c =>
        {
            c.Response.Headers.ETag = "\"feed-1\"";
            if (c.Request.Headers.IfNoneMatch.ToString() == "\"feed-1\"")
            {
                c.Response.StatusCode = 304;
                return Task.CompletedTask;
            }

            return Send(c, Encoding.UTF8.GetBytes(Feeds.FeedFixtures.Atom), "application/atom+xml");
        });
    }
}
