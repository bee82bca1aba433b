using System.Text.Json;
using Roots.Core.Understanding.Authored;

namespace Roots.Core.Tests.Understanding.Authored;

/// <summary>
/// The judgement cases met so far (what counts as a byline, a dateline, an abstract, a bilingual
/// file), each a text in <c>cases/</c> with its expected reading and the reason beside it. A new case
/// is two files, no code.
/// </summary>
public sealed class AuthoredCasesTests
{
    private static readonly string s_folder = Path.Combine(AppContext.BaseDirectory, "Understanding", "Authored", "cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(s_folder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_ReadsAsExpected(string name)
    {
        string text = File.ReadAllText(Path.Combine(s_folder, name + ".txt"));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_folder, name + ".expected.json")));
        var want = expected.RootElement;
        var split = LanguageSplit.Find(text);
        var statements = AuthorStatements.Read(split is null ? text : text[..split.Start]);
        if (split is not null)
        {
            statements = statements.Or(AuthorStatements.Read(text[split.Start..]));
        }

        if (want.TryGetProperty("authors", out var authors))
        {
            Assert.Equal(authors.EnumerateArray().Select(a => a.GetString()!).ToList(), statements.Authors);
        }

        if (want.TryGetProperty("orcid", out var orcid))
        {
            Assert.Equal(orcid.GetString(), statements.Orcid);
        }

        if (want.TryGetProperty("date", out var date))
        {
            Assert.Equal(date.ValueKind == JsonValueKind.Null ? null : date.GetString(), statements.Date);
        }

        if (want.TryGetProperty("abstractStartsWith", out var start))
        {
            Assert.StartsWith(start.GetString()!, statements.Abstract ?? "(none)");
        }

        if (want.TryGetProperty("abstractEndsWith", out var end))
        {
            Assert.EndsWith(end.GetString()!, statements.Abstract ?? "(none)");
        }

        if (want.TryGetProperty("keywords", out var keywords))
        {
            Assert.Equal(keywords.EnumerateArray().Select(k => k.GetString()!).ToList(), statements.Keywords);
        }

        if (want.TryGetProperty("split", out var expectedSplit))
        {
            if (expectedSplit.ValueKind == JsonValueKind.Null)
            {
                Assert.Null(split);
            }
            else
            {
                Assert.NotNull(split);
                Assert.Equal(expectedSplit.GetProperty("secondLanguage").GetString(), split.SecondLanguage);
                Assert.Equal(expectedSplit.GetProperty("secondTitle").GetString(), split.SecondTitle);
            }
        }
    }

    [Fact]
    public void EveryCase_SaysWhy()
    {
        foreach (string file in Directory.EnumerateFiles(s_folder, "*.expected.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            Assert.True(json.RootElement.TryGetProperty("why", out var why) && why.GetString()!.Length > 20, Path.GetFileName(file));
        }
    }
}
