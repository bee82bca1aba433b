using System.Text.Json;
using System.Xml.Linq;
using Roots.Publish.Export;
using Roots.Publish.Head;
using Roots.Publish.Metadata;
using Roots.Publish.Tests.Support;

namespace Roots.Publish.Tests.Export;

/// <summary>Empty and hostile records still give complete, well-formed output in every format, and nothing escapes the HTML context.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string> FormatsAndRecords()
    {
        var data = new TheoryData<string, string>();
        foreach (string format in ExportFormats.Names)
        {
            data.Add(format, "empty");
            data.Add(format, "hostile");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsAndRecords))]
    public void Write_EmptyOrHostileRecord_GivesWellFormedOutput(string format, string fixture)
    {
        var exporter = Records.Formats.Find(format).Value;
        var record = fixture == "empty" ? Records.Empty : Records.Hostile;

        string output = exporter.WriteToString(record);

        Assert.NotEmpty(output);
        switch (exporter.FileExtension)
        {
            case ".xml":
                XDocument.Parse(output);
                break;
            case ".json" or ".jsonld":
                using (JsonDocument.Parse(output))
                {
                }

                break;
        }

        Assert.DoesNotContain('\u0000', output);
        Assert.DoesNotContain('\u0001', output);
        Assert.DoesNotContain("javascript:", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:text", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void JsonLdScript_TitleWithScriptTags_CannotCloseTheScriptElement()
    {
        using var writer = new StringWriter();
        new JsonLdExporter().WriteScript(Records.Hostile, writer);
        string html = writer.ToString();

        // Only our own opening and closing tags; the title's </script> and <!-- are \u003C-escaped.
        Assert.Equal(1, Count(html, "<script"));
        Assert.Equal(1, Count(html, "</script"));
        Assert.EndsWith("</script>\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        string json = html["<script type=\"application/ld+json\">\n".Length..^"\n</script>\n".Length];
        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        using var doc = JsonDocument.Parse(json);
        Assert.StartsWith("</script><script>alert(1)</script> \"quoted\" 'single'", doc.RootElement.GetProperty("headline").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLdFile_IsAlsoHtmlSafe()
    {
        string json = new JsonLdExporter().WriteToString(Records.Hostile);

        Assert.DoesNotContain('<', json);
        Assert.Contains("\\u003C/script\\u003E", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MetaTags_HostileValues_StayInsideTheirAttribute()
    {
        var tags = GoogleScholarTags.Build(Records.Hostile)
            .Concat(OpenGraphTags.Build(Records.Hostile))
            .Concat(DublinCoreTags.Build(Records.Hostile))
            .Append(MetaTag.Name("x\"><script>", "v"))
            .ToList();

        string html = MetaTagRenderer.Render(tags);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        foreach (string line in html.TrimEnd('\n').Split('\n'))
        {
            // Exactly one element per line whose only quotes are the attribute delimiters.
            Assert.StartsWith("<meta ", line, StringComparison.Ordinal);
            Assert.EndsWith(">", line, StringComparison.Ordinal);
            Assert.Equal(1, Count(line, "<"));
            Assert.Equal(1, Count(line, ">"));
            Assert.Contains(Count(line, "\""), new[] { 4, 6 });
            Assert.DoesNotContain('\'', line);
        }

        Assert.Contains("content=\"&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &#39;single&#39;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void MetaTags_JavascriptUrls_AreDropped()
    {
        string html = MetaTagRenderer.Render([.. GoogleScholarTags.Build(Records.Hostile), .. OpenGraphTags.Build(Records.Hostile)]);

        Assert.DoesNotContain("citation_abstract_html_url", html, StringComparison.Ordinal);
        Assert.DoesNotContain("citation_pdf_url", html, StringComparison.Ordinal);
        Assert.DoesNotContain("og:url", html, StringComparison.Ordinal);
    }

    private static int Count(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
