using YamlDotNet.Serialization;

namespace Roots.App.Configuration;

/// <summary>
/// A folder <c>roots serve</c> collects from on its own (<c>watch:</c> in <c>roots.yaml</c>): new and
/// changed files are added every round, like <c>roots add FOLDER</c>, with these tags.
/// </summary>
public sealed class WatchFolderSettings
{
    /// <summary>The folder, absolute or relative to the library folder; read recursively.</summary>
    [YamlMember(Alias = "path")]
    public string Path { get; set; } = "";

    /// <summary>Tags given to everything collected from it.</summary>
    [YamlMember(Alias = "tags")]
    public List<string> Tags { get; set; } = [];
}
