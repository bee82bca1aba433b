using System.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using Roots.Core;

namespace Roots.App.Configuration;

/// <summary>
/// Rewrites the <c>taxonomy:</c> section of a library's roots.yaml and nothing else, so that the
/// web app can edit categories, tags and synonyms while every other line of the file (its
/// comments included) stays as the user wrote it. Comments inside the taxonomy section itself are
/// not kept: YamlDotNet, like every YAML library for .NET, drops comments when it writes.
/// </summary>
public static class TaxonomySection
{
    private const string Key = "taxonomy:";

    /// <summary>
    /// Replaces the section with <paramref name="taxonomy"/> (or appends one), after checking that it
    /// compiles; the file is written through a temporary file and read back, and restored when the
    /// result does not load.
    /// </summary>
    public static Result<TaxonomySettings> Write(string libraryDirectory, TaxonomySettings taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (taxonomy.Compile() is { IsSuccess: false } invalid)
        {
            return Result<TaxonomySettings>.Fail(invalid.Error!);
        }

        string path = Path.Combine(libraryDirectory, LibraryConfigFile.FileName);
        string before = File.Exists(path) ? File.ReadAllText(path) : "";
        string after = Replace(before, Serialize(taxonomy));
        WriteAtomically(path, after);

        var loaded = LibraryConfigFile.Load(libraryDirectory);
        if (!loaded.IsSuccess)
        {
            WriteAtomically(path, before);
            return Result<TaxonomySettings>.Fail($"the new taxonomy would not load, roots.yaml is unchanged: {loaded.Error}");
        }

        return loaded.Value.Taxonomy;
    }

    /// <summary>
    /// <paramref name="yaml"/> with its top-level <c>taxonomy:</c> block (the key's line and every
    /// indented or blank line after it) replaced by <paramref name="section"/>; appended when absent.
    /// </summary>
    internal static string Replace(string yaml, string section)
    {
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        int start = lines.FindIndex(l => l.StartsWith(Key, StringComparison.Ordinal) && (l.Length == Key.Length || l[Key.Length] is ' ' or '#'));
        var sectionLines = section.TrimEnd('\n').Split('\n');
        if (start < 0)
        {
            string body = yaml.Length == 0 || yaml.EndsWith('\n') ? yaml : yaml + "\n";
            return body + string.Join('\n', sectionLines) + "\n";
        }

        int end = start + 1;
        while (end < lines.Count && (lines[end].Length == 0 || lines[end][0] is ' ' or '\t'))
        {
            end++;
        }

        // Blank lines that ended the old block stay between it and what follows.
        int blankTail = 0;
        while (end - blankTail - 1 > start && lines[end - blankTail - 1].Trim().Length == 0)
        {
            blankTail++;
        }

        lines.RemoveRange(start, end - start - blankTail);
        lines.InsertRange(start, sectionLines);
        return string.Join('\n', lines);
    }

    private static string Serialize(TaxonomySettings taxonomy)
    {
        var serializer = new SerializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
            .Build();
        return serializer.Serialize(new Dictionary<string, TaxonomySettings> { ["taxonomy"] = taxonomy });
    }

    private static void WriteAtomically(string path, string text)
    {
        string temporary = path + ".writing";
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }
}
