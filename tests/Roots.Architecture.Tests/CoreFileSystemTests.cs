
namespace Roots.Architecture.Tests;

/// <summary>
/// Core does no file I/O: reading and writing files belongs to Ingest and the stores. NetArchTest reads
/// method bodies, so a call to <c>File.ReadAllText</c> counts as a dependency on <c>System.IO.File</c>;
/// streams stay allowed, since ports such as <c>IArchive</c> hand them over.
/// </summary>
public class CoreFileSystemTests
{
    private static readonly string[] FileSystem =
    [
        "System.IO.File", "System.IO.Directory", "System.IO.FileStream", "System.IO.FileInfo", "System.IO.DirectoryInfo",
        "System.IO.FileSystemInfo", "System.IO.FileSystemWatcher", "System.IO.DriveInfo", "System.IO.RandomAccess",
    ];

    [Fact]
    public void Core_DoesNotTouchTheFileSystem()
    {
        var offenders = Offenders.Except(Dependencies.Find(Src.FileOf(Src.Core), FileSystem), []);

        Assert.True(offenders.Count == 0, Offenders.Message("Roots.Core uses the file system:", offenders));
    }

    [Fact]
    public void FileSystemRule_SeesIngestReadingFiles()
    {
        // The rule's own check: Ingest reads files in method bodies, so a rule that finds nothing there is blind.
        Assert.NotEmpty(Dependencies.Find(Src.FileOf(Src.Ingest), FileSystem));
    }
}
