using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Roots.Core;
using Roots.Ingest.Web;

namespace Roots.Ingest.Feeds;

/// <summary>
/// Parses a feed of any supported format into a <see cref="FeedDocument"/>: RSS 0.9x and 2.0,
/// RSS 0.90/1.0 (RDF), Atom 1.0 and JSON Feed 1.0/1.1, recognised by content, not by the
/// Content-Type servers get wrong. Own small parsers rather than System.ServiceModel.Syndication:
/// that library throws on the non-RFC-822 dates common in real feeds, reads neither RDF nor
/// JSON Feed, and would give two models to reconcile. XML is read with DTDs ignored and no
/// resolver (no external entities, no entity expansion bombs). Never throws for bad content;
/// a failure says why in one line. Stateless and thread-safe.
/// </summary>
public static class FeedReader
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    static FeedReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Parses a fetched feed; links resolve against its final URL.</summary>
    public static Result<FeedDocument> Parse(FetchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsSuccess ? Parse(result.Body, result.FinalUrl) : Result<FeedDocument>.Fail(result.Reason ?? "feed not fetched");
    }

    /// <summary>Parses <paramref name="content"/>; relative links resolve against <paramref name="feedUrl"/> when given.</summary>
    public static Result<FeedDocument> Parse(ReadOnlyMemory<byte> content, Uri? feedUrl = null)
    {
        var first = FirstSignificant(content.Span);
        try
        {
            return first switch
            {
                (byte)'{' => JsonFeedParser.Parse(content, feedUrl),
                (byte)'<' => ParseXml(content, feedUrl),
                -1 => Result<FeedDocument>.Fail("not a feed: empty document"),
                _ => Result<FeedDocument>.Fail("not a feed: neither XML nor JSON"),
            };
        }
        catch (XmlException ex)
        {
            return Result<FeedDocument>.Fail($"malformed feed XML at line {ex.LineNumber}: {OneLine(ex.Message)}");
        }
        catch (JsonException ex)
        {
            return Result<FeedDocument>.Fail($"malformed JSON Feed: {OneLine(ex.Message)}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or DecoderFallbackException)
        {
            return Result<FeedDocument>.Fail($"unreadable feed: {OneLine(ex.Message)}");
        }
    }

    private static Result<FeedDocument> ParseXml(ReadOnlyMemory<byte> content, Uri? feedUrl)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = 256L * 1024 * 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, settings);
        var document = XDocument.Load(reader);
        var root = document.Root!;
        return root.Name.LocalName switch
        {
            "rss" => RssParser.Parse(root, feedUrl),
            "feed" when root.Name.NamespaceName == AtomNamespace => AtomParser.Parse(root, feedUrl),
            "RDF" => RdfParser.Parse(root, feedUrl),
            "html" or "HTML" => Result<FeedDocument>.Fail("not a feed: an HTML page (its feeds are linked from <link rel=alternate>)"),
            var name => Result<FeedDocument>.Fail($"not a feed: unknown root element <{name}>"),
        };
    }

    private static int FirstSignificant(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            return '<';
        }

        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return -1;
    }

    private static string OneLine(string message) => string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
