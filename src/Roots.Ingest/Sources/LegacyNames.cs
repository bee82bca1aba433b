using System.Text;

namespace Roots.Ingest.Sources;

/// <summary>
/// Finds a file whose name is not UTF-8 from a path given as a string: the name Roots shows and
/// stores for it (<c>中文.md</c>, see <see cref="NativeName"/>), as a queued job or a re-run names it,
/// or the name .NET made of a command-line argument holding its raw bytes (<c>roots add *.md</c> in a
/// folder from a Chinese zip), where every bad byte became U+FFFD.
/// </summary>
internal static class LegacyNames
{
    /// <summary>The reason given when a garbled argument matches several files.</summary>
    public const string Ambiguous = "the name is not UTF-8 and several files match it as given; add their folder instead";

    /// <summary>The entry <paramref name="path"/> means, or null; <c>Ambiguous</c> when several garbled names match.</summary>
    public static (DiskPath? Found, bool Ambiguous) Find(DiskPath path)
    {
        if (path.Native is null || Path.GetDirectoryName(path.Display) is not { } parentName)
        {
            return (null, false);
        }

        string name = Path.GetFileName(path.Display);
        if (Ascii.IsValid(name) && !name.Contains("\\x", StringComparison.Ordinal))
        {
            return (null, false); // a name that is not UTF-8 never shows as plain ASCII: nothing to look for
        }

        var parent = DiskPath.FromString(parentName);
        if (Disk.Stat(parent, follow: true).Kind == FileKind.Missing)
        {
            parent = Find(parent).Found ?? parent;
        }

        DiskPath? garbled = null;
        int garbledCount = 0;
        foreach (var entry in Disk.List(parent) ?? [])
        {
            var raw = RawName(entry.Path);
            if (!NativeName.IsLegacy(raw))
            {
                continue;
            }

            if (entry.Name == name)
            {
                return (entry.Path, false);
            }

            if (Encoding.UTF8.GetString(raw) == name)
            {
                garbled = entry.Path;
                garbledCount++;
            }
        }

        return garbledCount == 1 ? (garbled, false) : (null, garbledCount > 1);
    }

    private static ReadOnlySpan<byte> RawName(DiskPath path)
    {
        var native = path.Native.AsSpan();
        return native[(native.LastIndexOf((byte)'/') + 1)..];
    }
}
