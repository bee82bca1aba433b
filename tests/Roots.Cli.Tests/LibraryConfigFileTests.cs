using Roots.App.Configuration;
using Roots.Core.Analysis;

namespace Roots.Cli.Tests;

public sealed class LibraryConfigFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("roots-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Roots.Core.Result<LibraryConfig> Load(string yaml)
    {
        File.WriteAllText(Path.Combine(_folder, LibraryConfigFile.FileName), yaml);
        return LibraryConfigFile.Load(_folder);
    }

    [Fact]
    public void Load_Template_GivesTheDefaults()
    {
        var config = Load(LibraryConfigFile.Template);

        Assert.True(config.IsSuccess, config.Error);
        Assert.Equal(100, config.Value.Ingest.MaxFileMegabytes);
        Assert.Equal(ChineseIndexing.WordsAndBigrams, config.Value.Analysis.Chinese);
        Assert.Equal(2.0, config.Value.Search.TitleWeight);
    }

    [Fact]
    public void Load_NoFile_GivesTheDefaults()
    {
        var config = LibraryConfigFile.Load(_folder);

        Assert.True(config.IsSuccess);
        Assert.Equal(256, config.Value.Ingest.BatchSize);
    }

    [Fact]
    public void Load_UnknownSections_AreIgnored()
    {
        var config = Load("providers:\n  - name: deepseek\n    kind: deepseek\nanalysis:\n  chinese: bigrams\n");

        Assert.True(config.IsSuccess, config.Error);
        Assert.Equal(ChineseIndexing.Bigrams, config.Value.Analysis.Chinese);
    }

    [Theory]
    [InlineData("analysis:\n  chinese: unigrams\n", "analysis.chinese must be")]
    [InlineData("ingest:\n  max_file_mb: 0\n", "ingest.max_file_mb must be")]
    [InlineData("search:\n  title_weight: -1\n", "search.title_weight must be")]
    [InlineData("ingest: [unclosed\n", "line")]
    public void Load_BadValue_NamesTheSetting(string yaml, string expected)
    {
        var config = Load(yaml);

        Assert.False(config.IsSuccess);
        Assert.Contains(expected, config.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_PrefersFlagThenEnvironmentThenXdg()
    {
        var environment = new Dictionary<string, string?> { ["ROOTS_LIBRARY"] = "/env/lib", ["XDG_DATA_HOME"] = "/xdg" };

        Assert.Equal("/flag", LibraryLocation.Resolve("/flag", environment.GetValueOrDefault));
        Assert.Equal("/env/lib", LibraryLocation.Resolve(null, environment.GetValueOrDefault));
        environment.Remove("ROOTS_LIBRARY");
        Assert.Equal("/xdg/roots", LibraryLocation.Resolve(null, environment.GetValueOrDefault));
    }
}
