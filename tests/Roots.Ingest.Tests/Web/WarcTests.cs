using System.IO.Compression;
using System.Text;
using Roots.Ingest.Web;
using Roots.Ingest.Web.Warc;

namespace Roots.Ingest.Tests.Web;

[Collection(FixtureServerCollection.Name)]
public sealed class WarcTests(FixtureServer server) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("roots-warc-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Write_FetchedPages_ReadsBackWithValidDigests()
    {
        using var client = new GuardedHttpClient(server.Policy);
        var article = await client.FetchAsync(server.Url("redirect/1"));
        var gzip = await client.FetchAsync(server.Url("gzip"));
        await using (var writer = new WarcWriter(_directory))
        {
            await writer.WriteAsync(article);
            await writer.WriteAsync(gzip);
        }

        var file = Assert.Single(Directory.GetFiles(_directory, "*.warc.gz"));
        var records = WarcReader.Read(file).ToList();

        Assert.All(records, r => Assert.True(r.IsSuccess, r.Error));
        var values = records.Select(r => r.Value).ToList();
        Assert.Equal(["warcinfo", "response", "request", "response", "request", "response", "request", "response", "request"], values.Select(r => r.Type));
        Assert.All(values, r => Assert.Null(r.VerifyDigests()));
        Assert.All(values, r => Assert.Matches("^<urn:uuid:[0-9a-f-]{36}>$", r.RecordId));
        Assert.All(values.Where(r => r.Type == "request"), r => Assert.Equal(values[values.IndexOf(r) - 1].RecordId, r.Field("WARC-Concurrent-To")));
        Assert.All(values.Skip(1), r => Assert.Equal(values[0].RecordId, r.Field("WARC-Warcinfo-ID")));
        Assert.All(values.Where(r => r.Type == "response"), r => Assert.StartsWith("sha1:", r.Field("WARC-Payload-Digest")));
        Assert.Equal(server.Url("article").AbsoluteUri, values[5].TargetUri);
        Assert.NotNull(values[1].Date);

        var message = WarcHttpMessage.Parse(values[7].Block).Value;
        Assert.Equal(200, message.StatusCode);
        Assert.Equal("gzip", message.Header("Content-Encoding"));
        Assert.Contains("Roots of Knowledge", Encoding.UTF8.GetString(message.DecodedBody().Value));
    }

    [Fact]
    public async Task ReadAt_Location_ReturnsThatResponse()
    {
        using var client = new GuardedHttpClient(server.Policy);
        var result = await client.FetchAsync(server.Url("article"));
        await using var writer = new WarcWriter(_directory);
        var location = Assert.Single(await writer.WriteAsync(result));

        var record = WarcReader.ReadAt(location);

        Assert.True(record.IsSuccess, record.Error);
        Assert.Equal(location.RecordId, record.Value.RecordId);
        Assert.Equal(result.Body.ToArray(), WarcHttpMessage.Parse(record.Value.Block).Value.Body.ToArray());
    }

    [Fact]
    public async Task Write_PastSizeLimit_RotatesToNewFileWithWarcinfo()
    {
        using var client = new GuardedHttpClient(server.Policy);
        var result = await client.FetchAsync(server.Url("article"));
        await using (var writer = new WarcWriter(_directory, new WarcWriterOptions { MaxFileBytes = 4096, FlushToDisk = false }))
        {
            for (var i = 0; i < 5; i++)
            {
                await writer.WriteAsync(result);
            }
        }

        var files = Directory.GetFiles(_directory, "*.warc.gz");
        Assert.True(files.Length >= 2, $"{files.Length} files");
        foreach (var file in files)
        {
            var records = WarcReader.Read(file).ToList();
            Assert.All(records, r => Assert.True(r.IsSuccess, r.Error));
            Assert.Equal("warcinfo", records[0].Value.Type);
            Assert.Equal(Path.GetFileName(file), records[0].Value.Field("WARC-Filename"));
        }
    }

    [Fact]
    public async Task Write_EveryRecordIsItsOwnGzipMember()
    {
        using var client = new GuardedHttpClient(server.Policy);
        var result = await client.FetchAsync(server.Url("article"));
        string path;
        await using (var writer = new WarcWriter(_directory))
        {
            await writer.WriteAsync(result);
            path = writer.CurrentFile!;
        }

        var bytes = await File.ReadAllBytesAsync(path);
        var members = 0;
        for (var i = 0; i + 2 < bytes.Length; i++)
        {
            if (bytes[i] == 0x1f && bytes[i + 1] == 0x8b && bytes[i + 2] == 8)
            {
                members++;
            }
        }

        Assert.True(members >= 3);
    }

    [Fact]
    public async Task Read_TruncatedFile_EndsWithOneFailure()
    {
        using var client = new GuardedHttpClient(server.Policy);
        var result = await client.FetchAsync(server.Url("article"));
        string path;
        await using (var writer = new WarcWriter(_directory))
        {
            await writer.WriteAsync(result);
            path = writer.CurrentFile!;
        }

        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length - 200)]);
        var records = WarcReader.Read(path).ToList();

        Assert.True(records[0].IsSuccess);
        Assert.False(records[^1].IsSuccess);
        Assert.Contains("WARC", records[^1].Error);
    }

    [Fact]
    public async Task Read_TamperedBlock_FailsDigestCheck()
    {
        var record = new WarcRecord("WARC/1.1", [new("WARC-Type", "resource"), new("WARC-Block-Digest", WarcDigest.Sha1("abc"u8))], "abd"u8.ToArray());
        Assert.Contains("block digest mismatch", record.VerifyDigests());
        await Task.CompletedTask;
    }

    [Fact]
    public void Read_GarbageFile_FailsCleanly()
    {
        var path = Path.Combine(_directory, "garbage.warc.gz");
        File.WriteAllBytes(path, [0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        var records = WarcReader.Read(path).ToList();
        Assert.False(Assert.Single(records).IsSuccess);

        var plain = Path.Combine(_directory, "plain.warc");
        File.WriteAllText(plain, "HTTP/1.1 200 OK\r\n\r\n");
        Assert.StartsWith("not a WARC record", Assert.Single(WarcReader.Read(plain)).Error);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void Base32_Rfc4648Vectors(string input, string expected) =>
        Assert.Equal(expected, WarcDigest.Base32(Encoding.ASCII.GetBytes(input)));

    [Fact]
    public void Sha1_KnownVector() =>
        Assert.Equal("sha1:FKXGYNOJJ7H3IFO35FPUBC445EPOQRXN", WarcDigest.Sha1("hello world"u8));
}
