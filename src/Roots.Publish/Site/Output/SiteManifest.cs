using System.Text.Json;

namespace Roots.Publish.Site.Output;

/// <summary>
/// What the last publish wrote: each file's input key and the SHA-256 of its bytes. Kept in the
/// output folder as <see cref="FileName"/>, so an incremental publish knows which pages it may skip
/// and which files are its own to delete (it never deletes a file it did not write).
/// </summary>
public sealed class SiteManifest
{
    /// <summary>The manifest's file name in the site folder; not part of the site.</summary>
    public const string FileName = ".roots-site.json";

    /// <summary>The files by path.</summary>
    public Dictionary<string, SiteManifestEntry> Files { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Reads the manifest in <paramref name="directory"/>; empty when there is none or it does not parse (then everything is rendered).</summary>
    public static SiteManifest Load(string directory)
    {
        string path = Path.Combine(directory, FileName);
        try
        {
            var files = File.Exists(path)
                ? JsonSerializer.Deserialize<Dictionary<string, SiteManifestEntry>>(File.ReadAllBytes(path))
                : null;
            return new SiteManifest { Files = files is null ? new(StringComparer.Ordinal) : new(files, StringComparer.Ordinal) };
        }
        catch (JsonException)
        {
            return new SiteManifest();
        }
    }

    /// <summary>Writes the manifest, paths sorted so the file itself is deterministic.</summary>
    public void Save(string directory)
    {
        // Written with Utf8JsonWriter rather than JsonSerializer: the same bytes, without the
        // serializer's start-up cost on every publish (20,000 entries for a large site).
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            foreach (var (path, entry) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject(path);
                writer.WriteString(nameof(SiteManifestEntry.Key), entry.Key);
                writer.WriteString(nameof(SiteManifestEntry.Sha256), entry.Sha256);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        SiteWriter.WriteIfChanged(Path.Combine(directory, FileName), stream.ToArray());
    }
}

/// <summary>One file in the manifest.</summary>
/// <param name="Key">The input key it was rendered from.</param>
/// <param name="Sha256">The hex SHA-256 of its bytes.</param>
public sealed record SiteManifestEntry(string Key, string Sha256);
