namespace Roots.Ingest.Tests.Web;

/// <summary>Fixture documents shared by the web and feed tests.</summary>
internal static class WebFixtures
{
    public const string ArticleHtml = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Roots of Knowledge | The Example Journal</title>
          <meta property="og:title" content="Roots of Knowledge">
          <meta property="og:site_name" content="The Example Journal">
          <meta property="og:type" content="article">
          <meta property="og:url" content="https://journal.example/articles/roots">
          <meta property="article:published_time" content="2024-03-05T10:00:00Z">
          <meta name="citation_title" content="Roots of Knowledge: Local-First Libraries">
          <meta name="citation_author" content="Lovelace, Ada">
          <meta name="citation_author" content="Babbage, Charles">
          <meta name="citation_publication_date" content="2024/03/05">
          <meta name="citation_doi" content="10.1234/roots.2024.001">
          <meta name="citation_journal_title" content="The Example Journal">
          <meta name="DC.language" content="en">
          <link rel="canonical" href="/articles/roots">
          <script type="application/ld+json">
          {"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"The Example Journal","url":"https://journal.example/"},
            {"@type":"ScholarlyArticle","headline":"Roots of Knowledge","datePublished":"2024-03-05",
             "author":[{"@type":"Person","name":"Ada Lovelace"},{"@type":"Person","name":"Charles Babbage"}],
             "identifier":"https://doi.org/10.1234/roots.2024.001","inLanguage":"en"}]}
          </script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About</a></nav>
          <article>
            <h1>Roots of Knowledge</h1>
            <p>Local-first software keeps the library on the reader's own machine. The collector throws
            anything at it: a URL, a PDF, a folder of notes, a feed, and expects it to be kept, understood
            and found again years later, whether or not the original site still exists.</p>
            <h2>Why archives matter</h2>
            <p>National libraries and web archives keep what they collect as WARC files, because a page that
            is merely bookmarked disappears when its server does. A personal library should do the same, and
            record exactly what was received, with digests that prove it was not changed since.</p>
            <ul><li>Keep the original bytes.</li><li>Derive the text again when the extractor improves.</li></ul>
            <p>Read <a href="https://example.org/more">more about archiving</a> and the <a href="/refs">references</a>.
            The rest of this paragraph makes the article long enough for readability scoring to accept it as
            the main content of the page rather than navigation or boilerplate around it.</p>
          </article>
          <footer>Copyright 2024 The Example Journal. All rights reserved.</footer>
        </body>
        </html>
        """;
}
