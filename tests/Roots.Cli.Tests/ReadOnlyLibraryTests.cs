using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Roots.Cli.Tests;

/// <summary>
/// A library on read-only media (a DVD, a read-only share, a backup mounted read-only) opens for
/// reading: every command that only reads works and says once that the library is read-only;
/// a command that would change it is refused in one line, exit 1.
/// </summary>
public sealed class ReadOnlyLibraryTests : IDisposable
{
    private const string Notice = "library is read-only: opened for reading; commands that change it are refused";
    private readonly TempLibrary _lib = new();
    private readonly List<ReadOnlyFolder> _readOnly = [];

    public void Dispose()
    {
        foreach (var folder in _readOnly)
        {
            folder.Dispose();
        }

        _lib.Dispose();
    }

    [ReadOnlyFolderFact(SqliteOnly = true)]
    public async Task ReadingCommands_OnAReadOnlyLibrary_Work_AndSayOnceThatItIsReadOnly()
    {
        // given a library of three notes, one tagged, on read-only media
        await MakeLibraryAsync();
        MakeReadOnly(_lib.Library);
        string output = Path.Combine(_lib.Root, "out");

        // when / then: each reading command works and prints the notice once
        var list = await ReadingAsync("list", "--json");
        Assert.Equal(3, JsonDocument.Parse(list).RootElement.GetArrayLength());

        var search = JsonDocument.Parse(await ReadingAsync("search", "tea", "--mode", "lexical", "--json")).RootElement;
        Assert.Equal("Tea notes", Assert.Single(search.EnumerateArray()).GetProperty("title").GetString());
        var semantic = JsonDocument.Parse(await ReadingAsync("search", "a drink of leaves", "--mode", "semantic", "--json")).RootElement;
        Assert.Equal("Tea notes", semantic[0].GetProperty("title").GetString());
        Assert.Single(JsonDocument.Parse(await ReadingAsync("list", "--tag", "drink", "--json")).RootElement.EnumerateArray());

        Assert.Equal(1, JsonDocument.Parse(await ReadingAsync("show", "1", "--json")).RootElement.GetProperty("item").GetProperty("id").GetInt32());

        var verify = JsonDocument.Parse(await ReadingAsync("verify", "--json")).RootElement;
        Assert.True(verify.GetProperty("sound").GetBoolean(), verify.ToString());
        Assert.Equal(3, verify.GetProperty("items").GetInt32());

        await ReadingAsync("status");
        await ReadingAsync("related", "1", "--json");
        await ReadingAsync("dupes", "--json");
        await ReadingAsync("export", "--all", "--format", "bibtex", "--out", Path.Combine(_lib.Root, "all.bib"));
        Assert.Contains("Tea notes", await File.ReadAllTextAsync(Path.Combine(_lib.Root, "all.bib")));
        await ReadingAsync("publish", "--out", output);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));

        // and copying it to writable storage works: the way off read-only media
        string copy = Path.Combine(_lib.Root, "copy");
        Assert.Equal(0, (await RootsProcess.RunAsync(["init", "--library", copy])).ExitCode);
        var copied = await RootsProcess.RunAsync(["copy", "--from", _lib.Library, "--to", copy]);
        Assert.True(copied.ExitCode == 0, copied.Stderr);
        Assert.Contains(Notice, copied.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, JsonDocument.Parse((await RootsProcess.RunAsync(["list", "--json", "--library", copy])).Stdout).RootElement.GetArrayLength());
    }

    [ReadOnlyFolderFact(SqliteOnly = true)]
    public async Task WritingCommands_OnAReadOnlyLibrary_AreRefusedInOneLine()
    {
        await MakeLibraryAsync();
        string extra = _lib.Write("extra.md", "# Extra\n\nOne more note.");
        MakeReadOnly(_lib.Library);

        foreach (string[] command in new[]
        {
            new[] { "tag", "1", "more" },
            ["add", extra],
            ["reindex"],
            ["embed"],
            ["ask", "what grows on the hills", "--yes"],
            ["publish"], // into the library's own site/ folder, on the read-only media
        })
        {
            var outcome = await _lib.Roots(command);

            string line = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(outcome.ExitCode == 1, $"roots {string.Join(' ', command)} exited {outcome.ExitCode}: {outcome.Stderr}");
            Assert.Contains("read-only", line, StringComparison.Ordinal);
            Assert.DoesNotContain("SQLite", line, StringComparison.Ordinal);
        }

        // and nothing changed
        Assert.Equal(3, JsonDocument.Parse(await ReadingAsync("list", "--json")).RootElement.GetArrayLength());
    }

    [ReadOnlyFolderFact(SqliteOnly = true)]
    public async Task ReadOnlyLibrary_Served_ShowsItsPages_AndRefusesChanges()
    {
        await MakeLibraryAsync();
        MakeReadOnly(_lib.Library);

        using var server = RootsProcess.Start(["serve", "--port", "0", "--library", _lib.Library]);
        try
        {
            string? line = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
            if (line is null || !line.Contains(" at http", StringComparison.Ordinal))
            {
                Assert.Fail($"roots serve printed '{line}': {await ErrorsOf(server)}");
            }

            var address = new Uri(line[(line.IndexOf(" at ", StringComparison.Ordinal) + 4)..].Split(' ')[0]);
            var cookies = new CookieContainer();
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = address };

            string page = await client.GetStringAsync("/");
            Assert.Contains("Tea notes", page, StringComparison.Ordinal);
            var items = JsonDocument.Parse(await client.GetStringAsync("/api/items")).RootElement;
            Assert.Contains("Tea notes", items.ToString(), StringComparison.Ordinal);

            // a change, properly asked for (with the page's CSRF token), is refused: 409, saying why
            using var note = new HttpRequestMessage(HttpMethod.Post, "/api/notes")
            {
                Content = new StringContent("""{"title":"New","text":"A new note."}""", System.Text.Encoding.UTF8, "application/json"),
            };
            note.Headers.Add("X-CSRF-Token", cookies.GetCookies(address)["roots_csrf"]!.Value);
            using var refused = await client.SendAsync(note);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("read-only", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        Assert.Equal(3, JsonDocument.Parse(await ReadingAsync("list", "--json")).RootElement.GetArrayLength());
    }

    [ReadOnlyFolderFact(SqliteOnly = true)]
    public async Task ReadOnlyCopy_TakenWhileTheLibraryWasOpen_ReadsTheCommitsStillInItsWal()
    {
        // given a copy of the library taken while another connection held commits in roots.db-wal
        // (with its -shm, and without it: the copy of a backup tool that skips it)
        await MakeLibraryAsync();
        string db = Path.Combine(_lib.Library, "roots.db");
        string withIndex = Path.Combine(_lib.Root, "copy-with-shm");
        string withoutIndex = Path.Combine(_lib.Root, "copy-without-shm");
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint = 0; UPDATE items SET title = 'Late title' WHERE id = 1;";
            command.ExecuteNonQuery();
            Assert.True(new FileInfo(db + "-wal").Length > 0);
            CopyFolder(_lib.Library, withIndex);
            CopyFolder(_lib.Library, withoutIndex);
            File.Delete(Path.Combine(withoutIndex, "roots.db-shm"));
        }

        foreach (string copy in new[] { withIndex, withoutIndex })
        {
            MakeReadOnly(copy);

            // when
            var shown = await RootsProcess.RunAsync(["show", "1", "--json", "--library", copy]);

            // then the late commit is there
            Assert.True(shown.ExitCode == 0, shown.Stderr);
            Assert.Equal("Late title", JsonDocument.Parse(shown.Stdout).RootElement.GetProperty("item").GetProperty("title").GetString());
            Assert.Contains(Notice, shown.Stderr, StringComparison.Ordinal);
        }
    }

    [ReadOnlyFolderFact(PostgresOnly = true)]
    public async Task PostgresLibrary_InAReadOnlyFolder_StillReadsAndWrites()
    {
        // given a PostgreSQL library whose folder (roots.yaml) is read-only: its data is on the server
        await MakeLibraryAsync();
        MakeReadOnly(_lib.Library);

        var list = await _lib.Roots("list", "--json");
        Assert.True(list.ExitCode == 0, list.Stderr);
        Assert.Equal(3, JsonDocument.Parse(list.Stdout).RootElement.GetArrayLength());
        Assert.DoesNotContain("read-only", list.Stderr, StringComparison.Ordinal);

        var tagged = await _lib.Roots("tag", "1", "more");
        Assert.True(tagged.ExitCode == 0, tagged.Stderr);

        // and a read-only folder holding only roots.yaml (no archive/ yet) opens too
        string configOnly = Directory.CreateDirectory(Path.Combine(_lib.Root, "config-only")).FullName;
        File.Copy(Path.Combine(_lib.Library, "roots.yaml"), Path.Combine(configOnly, "roots.yaml"));
        MakeReadOnly(configOnly);
        var listed = await RootsProcess.RunAsync(["list", "--json", "--library", configOnly]);
        Assert.True(listed.ExitCode == 0, listed.Stderr);
        Assert.Equal(3, JsonDocument.Parse(listed.Stdout).RootElement.GetArrayLength());
    }

    private async Task MakeLibraryAsync()
    {
        _lib.Write("tea.md", "# Tea notes\n\nGreen tea from the hills, picked in spring.");
        _lib.Write("river.md", "# River\n\nA river runs past the old mill.");
        _lib.Write("lamp.md", "# Lamp\n\nAn oil lamp on the desk.");
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        var added = await _lib.Roots("add", _lib.Inputs);
        Assert.True(added.ExitCode == 0, added.Stderr);
        var embedded = await _lib.Roots("embed");
        Assert.True(embedded.ExitCode == 0, embedded.Stderr);
        var tea = (await _lib.Json("search", "tea", "--json"))[0].GetProperty("id").GetInt64();
        Assert.Equal(0, (await _lib.Roots("tag", tea.ToString(System.Globalization.CultureInfo.InvariantCulture), "drink")).ExitCode);
    }

    private void MakeReadOnly(string folder) => _readOnly.Add(ReadOnlyFolder.Make(folder));

    /// <summary>Runs a reading command: exit 0, and the read-only notice once on stderr. Returns stdout.</summary>
    private async Task<string> ReadingAsync(params string[] args)
    {
        var outcome = await _lib.Roots(args);
        Assert.True(outcome.ExitCode == 0, $"roots {string.Join(' ', args)} exited {outcome.ExitCode}: {outcome.Stderr}");
        int notices = outcome.Stderr.Split('\n').Count(line => line.Contains(Notice, StringComparison.Ordinal));
        Assert.True(notices == 1, $"roots {string.Join(' ', args)} printed the read-only notice {notices} times: {outcome.Stderr}");
        return outcome.Stdout;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static async Task<string> ErrorsOf(System.Diagnostics.Process process)
    {
        process.Kill(entireProcessTree: true);
        return await process.StandardError.ReadToEndAsync();
    }
}
