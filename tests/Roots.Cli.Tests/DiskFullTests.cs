using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Roots.App.Ingest;

namespace Roots.Cli.Tests;

/// <summary>
/// A full disk stops a collection run at the first file that hits it, with one message and exit code 1;
/// what was kept stays kept, and the same command finishes the work once there is space.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private const int Files = 40;
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public void Is_ARealWriteToAFullDevice_IsDiskFull()
    {
        // given the error the system gives when no space is left (/dev/full always answers ENOSPC)
        var error = Assert.ThrowsAny<IOException>(() => File.WriteAllBytes("/dev/full", new byte[1024]));

        Assert.True(DiskFull.Is(error), $"{error.GetType().Name} {error.HResult}: {error.Message}");
        Assert.True(DiskFull.Is(new InvalidOperationException("wrapped", error)));
    }

    [SmallDiskFact]
    public void NoRoomFor_AFilledDisk_IsTrue_AndAnEmptyOneIsNot()
    {
        using var disk = SmallDisk.Mount(1);
        Assert.False(DiskFull.NoRoomFor(disk.Path, 4096));

        // when a file takes all of it
        Assert.ThrowsAny<IOException>(() => File.WriteAllBytes(Path.Combine(disk.Path, "big"), new byte[2 * 1024 * 1024]));

        Assert.True(DiskFull.NoRoomFor(disk.Path, 60_000));
    }

    [Fact]
    public void Is_SqliteFull_IsDiskFull() => Assert.True(DiskFull.Is(new SqliteException("database or disk is full", 13)));

    [Fact]
    public void Is_OtherFailures_AreNot()
    {
        Assert.False(DiskFull.Is(new FileNotFoundException("gone")));
        Assert.False(DiskFull.Is(new IOException("Permission denied", 13)));
        Assert.False(DiskFull.Is(new SqliteException("database is locked", 5)));
        Assert.False(DiskFull.Is(new UnauthorizedAccessException()));
    }

    [SmallDiskFact]
    public async Task Add_ArchiveOnAFullDisk_StopsAtTheFirstFullWrite_KeepsWhatWasKept_AndFinishesOnceThereIsSpace()
    {
        // given a library whose archive is on a 1 MB disk, and 40 files of 60 KB
        using var disk = SmallDisk.Mount(1);
        await InitWithArchiveOn(disk);
        WriteFiles();

        // when
        var added = await _lib.Roots("add", _lib.Inputs, "--json");

        // then it stopped with one message, exit 1, kept some, and blamed no file
        Assert.Equal(1, added.ExitCode);
        var report = JsonDocument.Parse(added.Stdout).RootElement;
        Assert.StartsWith("disk full", report.GetProperty("diskFull").GetString(), StringComparison.Ordinal);
        int kept = report.GetProperty("added").GetInt32();
        Assert.InRange(kept, 1, Files - 1);
        Assert.Equal(0, report.GetProperty("failures").GetArrayLength());
        Assert.Equal(kept, (await _lib.Json("list", "--limit", "1000", "--json")).GetArrayLength());

        // and once there is space, the same command collects the rest
        disk.Grow(16);
        var again = await _lib.Json("add", _lib.Inputs, "--json");
        Assert.Equal((Files - kept, kept), (again.GetProperty("added").GetInt32(), again.GetProperty("unchanged").GetInt32()));
    }

    [SmallDiskFact]
    public async Task Add_ArchiveOnAFullDisk_SaysSoInOneLine()
    {
        using var disk = SmallDisk.Mount(1);
        await InitWithArchiveOn(disk);
        WriteFiles();

        var added = await _lib.Roots("add", _lib.Inputs);

        Assert.Equal(1, added.ExitCode);
        var lines = added.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, line => line.Contains("disk full", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith("failed", StringComparison.Ordinal));
    }

    [SmallDiskFact]
    public async Task Worker_ArchiveOnAFullDisk_Stops_AndPutsWhatItDidNotFinishBackOnTheQueue()
    {
        using var disk = SmallDisk.Mount(1);
        await InitWithArchiveOn(disk);
        WriteFiles();
        await _lib.Roots("add", "--queue", _lib.Inputs);

        var worked = await _lib.Roots("worker", "--until-empty", "--json");

        Assert.Equal(1, worked.ExitCode);
        Assert.StartsWith("disk full", JsonDocument.Parse(worked.Stdout).RootElement.GetProperty("diskFull").GetString(), StringComparison.Ordinal);
        var counts = (await _lib.Json("jobs", "--json")).GetProperty("counts");
        Assert.Equal(0, counts.GetProperty("dead").GetInt32());
        Assert.True(counts.GetProperty("queued").GetInt32() > 0);

        disk.Grow(16);
        var finished = await _lib.Roots("worker", "--until-empty", "--json");
        Assert.True(finished.ExitCode == 0, finished.Stderr);
        Assert.Equal(Files, (await _lib.Json("list", "--limit", "1000", "--json")).GetArrayLength());
        Assert.Equal(Files, (await _lib.Json("jobs", "--json")).GetProperty("counts").GetProperty("done").GetInt32());
    }

    [SmallDiskFact(SqliteOnly = true)]
    public async Task Add_DatabaseOnAFullDisk_StopsWithOneMessage_AndKeepsWhatWasKept()
    {
        // given a library folder (roots.db) on a 2 MB disk, its archive elsewhere, and 40 files of 60 KB
        using var disk = SmallDisk.Mount(2, _lib.Library);
        await _lib.Roots("init");
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"), $"\narchive: {Path.Combine(_lib.Root, "archive")}\n");
        WriteFiles();

        // when
        var added = await _lib.Roots("add", _lib.Inputs, "--json");

        // then it stopped on SQLite's "database or disk is full", exit 1, blaming no file
        Assert.Equal(1, added.ExitCode);
        var report = JsonDocument.Parse(added.Stdout).RootElement;
        Assert.Contains("database or disk is full", report.GetProperty("diskFull").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, report.GetProperty("failures").GetArrayLength());
        Assert.Equal(report.GetProperty("added").GetInt32(), (await _lib.Json("list", "--limit", "1000", "--json")).GetArrayLength());
    }

    private async Task InitWithArchiveOn(SmallDisk disk)
    {
        await _lib.Roots("init");
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"), $"\narchive: {Path.Combine(disk.Path, "archive")}\n");
    }

    private void WriteFiles()
    {
        var random = new Random(7);
        string[] words = ["tea", "hill", "archive", "river", "garden", "library", "paper", "lamp", "stone", "field", "cloud", "road"];
        for (int i = 0; i < Files; i++)
        {
            var text = new StringBuilder($"# Note {i}\n\n");
            while (text.Length < 60_000)
            {
                text.Append(words[random.Next(words.Length)]).Append(random.Next(10) == 0 ? ".\n" : " ");
            }

            _lib.Write($"note-{i:D2}.md", text.ToString());
        }
    }
}
