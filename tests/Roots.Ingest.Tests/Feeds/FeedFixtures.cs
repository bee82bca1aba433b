namespace Roots.Ingest.Tests.Feeds;

/// <summary>Feed documents in every format the reader supports.</summary>
internal static class FeedFixtures
{
    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/">
          <title>Example Blog</title>
          <link rel="alternate" type="text/html" href="/"/>
          <link rel="self" href="/feeds/atom.xml"/>
          <link rel="alternate" type="application/feed+json" href="/feeds/feed.json"/>
          <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
          <updated>2024-03-06T08:00:00Z</updated>
          <author><name>Ada Lovelace</name></author>
          <entry>
            <title>Second post</title>
            <link href="posts/2"/>
            <id>tag:blog.example,2024:2</id>
            <published>2024-03-06T08:00:00+01:00</published>
            <updated>2024-03-06T09:00:00+01:00</updated>
            <summary>Short summary of the second post.</summary>
            <content type="html">&lt;p&gt;The &lt;b&gt;second&lt;/b&gt; post.&lt;/p&gt;</content>
          </entry>
          <entry xml:base="https://blog.example/archive/">
            <title type="html">First &amp;amp; oldest</title>
            <link rel="alternate" href="1.html"/>
            <id>tag:blog.example,2024:1</id>
            <updated>2024-03-01T08:00:00Z</updated>
            <author><name>Charles Babbage</name><uri>https://babbage.example</uri></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First post.</p></div></content>
          </entry>
        </feed>
        """;

    public const string JsonFeed = """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "Example Blog",
          "home_page_url": "https://blog.example/",
          "feed_url": "https://blog.example/feeds/feed.json",
          "authors": [{"name": "Ada Lovelace"}],
          "items": [
            {"id": "tag:blog.example,2024:2", "url": "https://blog.example/posts/2", "title": "Second post",
             "summary": "Short summary of the second post.", "content_html": "<p>The <b>second</b> post.</p>",
             "date_published": "2024-03-06T08:00:00+01:00", "date_modified": "2024-03-06T09:00:00+01:00"},
            {"id": "tag:blog.example,2024:1", "url": "/archive/1.html", "title": "First & oldest",
             "content_text": "First post.", "date_published": "2024-03-01T08:00:00Z",
             "author": {"name": "Charles Babbage", "url": "https://babbage.example"}}
          ]
        }
        """;

    public const string Rss20Relative = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Relative Links</title>
            <link>/</link>
            <description>A feed whose links are relative.</description>
            <item>
              <title>Item one</title>
              <link>/items/1</link>
              <guid isPermaLink="false">item-1</guid>
              <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
              <description>&lt;p&gt;Summary one&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>Full content one</p>]]></content:encoded>
              <dc:creator>Ada Lovelace</dc:creator>
            </item>
            <item>
              <title>Item two</title>
              <link>items/2?x=1&amp;y=2</link>
              <pubDate>Wed, 6 Mar 2024 10:00:00 +0800</pubDate>
              <author>grace@example.org (Grace Hopper)</author>
            </item>
            <item>
              <title>Bad link</title>
              <link>javascript:alert(1)</link>
              <guid>https://feed.example/guid-3</guid>
              <pubDate>not a date</pubDate>
            </item>
          </channel>
        </rss>
        """;

    public const string Rss10Rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://journal.example/rss">
            <title>Journal RDF</title>
            <link>https://journal.example/</link>
            <description>RSS 1.0</description>
            <items><rdf:Seq><rdf:li rdf:resource="https://journal.example/a/1"/></rdf:Seq></items>
          </channel>
          <item rdf:about="https://journal.example/a/1">
            <title>RDF article</title>
            <link>https://journal.example/a/1</link>
            <description>About the article.</description>
            <dc:creator>Lovelace, Ada</dc:creator>
            <dc:date>2024-02-01T12:00:00Z</dc:date>
          </item>
        </rdf:RDF>
        """;

    public const string Rss091 = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91">
          <channel>
            <title>Old News</title>
            <link>http://old.example/</link>
            <description>RSS 0.91</description>
            <language>en-us</language>
            <item><title>Caf&#233; opens</title><link>http://old.example/cafe</link><description>News.</description></item>
          </channel>
        </rss>
        """;
}
