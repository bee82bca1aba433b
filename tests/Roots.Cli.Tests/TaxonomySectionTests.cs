using Roots.App;
using Roots.App.Configuration;

namespace Roots.Cli.Tests;

/// <summary>Editing the taxonomy from the web: only the taxonomy: section of roots.yaml is rewritten.</summary>
public sealed class TaxonomySectionTests : IDisposable
{
    private readonly TempLibrary _temp = new();

    public void Dispose() => _temp.Dispose();

    private string ConfigPath => Path.Combine(_temp.Library, LibraryConfigFile.FileName);

    [Fact]
    public void SaveTaxonomy_ReplacesOnlyTheSection_KeepsRulesAndEveryOtherLine()
    {
        Library.Init(_temp.Library).Value.Library.Dispose();
        const string yaml = """
            # my notes about this library
            search:
              title_weight: 3   # titles matter here
            taxonomy:
              categories: [research]
              tags:
                - name: ai
                  synonyms: ["AI"]
              rules:
                - tag: ai
                  keywords: ["neural network"]

            fetch:
              allow: [127.0.0.1]   # the test server
            """;
        File.WriteAllText(ConfigPath, yaml);

        using (var library = Library.Open(_temp.Library).Value)
        {
            var saved = library.TaxonomyEditor.SaveTaxonomy(["research", "news"], [("ai", ["AI", "人工智能"]), ("tea", ["茶"])]);
            Assert.True(saved.IsSuccess, saved.Error);
        }

        string after = File.ReadAllText(ConfigPath);
        Assert.StartsWith("# my notes about this library\nsearch:\n  title_weight: 3   # titles matter here\ntaxonomy:\n", after.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.EndsWith("\nfetch:\n  allow: [127.0.0.1]   # the test server", after.TrimEnd('\n'), StringComparison.Ordinal);

        using var reopened = Library.Open(_temp.Library).Value;
        var taxonomy = reopened.Config.Taxonomy;
        Assert.Equal(["research", "news"], taxonomy.Categories);
        Assert.Equal(["ai", "tea"], taxonomy.Tags.Select(t => t.Name));
        Assert.Equal(["AI", "人工智能"], taxonomy.Tags[0].Synonyms);
        Assert.Equal("ai", Assert.Single(taxonomy.Rules).Tag);
        Assert.Equal(3, reopened.Config.Search.TitleWeight);
        Assert.Equal("tea", taxonomy.Compiled.CanonicalTag("茶"));
    }

    [Fact]
    public void SaveTaxonomy_WithoutASection_AppendsOne()
    {
        using var library = Library.Init(_temp.Library).Value.Library;
        string before = File.ReadAllText(ConfigPath);

        Assert.True(library.TaxonomyEditor.SaveTaxonomy(["notes"], []).IsSuccess);

        string after = File.ReadAllText(ConfigPath);
        Assert.StartsWith(before, after, StringComparison.Ordinal);
        Assert.Equal(["notes"], LibraryConfigFile.Load(_temp.Library).Value.Taxonomy.Categories);
    }

    [Fact]
    public void SaveTaxonomy_Invalid_ChangesNothing()
    {
        using var library = Library.Init(_temp.Library).Value.Library;
        string before = File.ReadAllText(ConfigPath);

        var clash = library.TaxonomyEditor.SaveTaxonomy([], [("ai", ["ml"]), ("learning", ["ml"])]);
        var empty = library.TaxonomyEditor.SaveTaxonomy([" "], []);

        Assert.False(clash.IsSuccess);
        Assert.False(empty.IsSuccess);
        Assert.Equal(before, File.ReadAllText(ConfigPath));
    }
}
