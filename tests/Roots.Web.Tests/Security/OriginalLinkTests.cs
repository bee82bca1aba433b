using System.Net;

namespace Roots.Web.Tests.Security;

/// <summary>
/// <c>/original/{sha256}</c> serves only regular files inside the archive: a link put into
/// <c>archive/</c> (by another user of a shared folder, a restored backup, a hostile sync) must
/// never make the server hand out a file from elsewhere on the machine.
/// </summary>
public sealed class OriginalLinkTests
{
    private const string Secret = "root:x:0:0:this line must never be served";

    [Fact]
    public async Task Original_LinkToAFileOutsideTheArchive_Is404()
    {
        // given a symbolic link at an address in the archive pointing to a file outside it
        await using var served = await ServedLibrary.StartAsync();
        string secret = WriteSecret(served);
        string sha = new('a', 64);
        string folder = Directory.CreateDirectory(Path.Combine(served.Library, "archive", sha[..2])).FullName;
        File.CreateSymbolicLink(Path.Combine(folder, sha), secret);

        // when it is asked for, then it is not found and the file is not served
        await AssertNotServedAsync(served, sha);
    }

    [Fact]
    public async Task Original_RealOriginalReplacedByALink_Is404()
    {
        // given an item's real original swapped for a link to a file outside the archive
        await using var served = await ServedLibrary.StartAsync();
        string secret = WriteSecret(served);
        using var client = served.Client();
        var item = await ServedLibrary.JsonAsync(await client.GetAsync("/api/items/2"));
        string sha = item.GetProperty("versions")[0].GetProperty("sha256").GetString()!;
        string path = Path.Combine(served.Library, "archive", sha[..2], sha);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/original/" + sha)).StatusCode);
        File.SetAttributes(path, FileAttributes.Normal);
        File.Delete(path);
        File.CreateSymbolicLink(path, secret);

        await AssertNotServedAsync(served, sha);
    }

    [Fact]
    public async Task Original_InAFolderLinkedOutOfTheArchive_Is404()
    {
        // given an archive shard folder that is a link to a folder outside, holding a regular file of the right name
        await using var served = await ServedLibrary.StartAsync();
        string sha = new('b', 64);
        string outside = Directory.CreateDirectory(Path.Combine(served.Root, "outside")).FullName;
        await File.WriteAllTextAsync(Path.Combine(outside, sha), Secret);
        Directory.CreateSymbolicLink(Path.Combine(served.Library, "archive", sha[..2]), outside);

        await AssertNotServedAsync(served, sha);
    }

    [Fact]
    public async Task Original_RegularFileThatDoesNotHashToItsName_Is404()
    {
        // given a regular file put in the archive by hand under a name that is not its hash (what a hard link to another file looks like)
        await using var served = await ServedLibrary.StartAsync();
        string sha = new('c', 64);
        string folder = Directory.CreateDirectory(Path.Combine(served.Library, "archive", sha[..2])).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, sha), Secret);

        await AssertNotServedAsync(served, sha);
    }

    private static string WriteSecret(ServedLibrary served)
    {
        string secret = Path.Combine(served.Root, "passwd");
        File.WriteAllText(secret, Secret);
        return secret;
    }

    private static async Task AssertNotServedAsync(ServedLibrary served, string sha)
    {
        using var client = served.Client();
        var response = await client.GetAsync("/original/" + sha);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("this line must never be served", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
