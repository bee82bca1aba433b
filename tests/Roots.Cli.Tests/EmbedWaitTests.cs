using System.Text.Json;
using Roots.App.Embedding;

namespace Roots.Cli.Tests;

/// <summary>
/// <c>roots embed</c> while another embedder holds the library's lock (the background one
/// <c>roots add</c> starts, the server's round) waits for it and then embeds what is still
/// pending, so a script that imports and then embeds always ends with vectors; Ctrl-C still stops it.
/// The test holds the lock itself, so when the other run ends is the test's decision, not the clock's.
/// </summary>
public sealed class EmbedWaitTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public async Task Embed_WhileAnotherEmbedderRuns_WaitsThenEmbedsEverything()
    {
        // given a library with items and no vectors, and another embedder holding the lock
        await ImportAsync();
        var held = EmbedLock.TryAcquire(_lib.Library);
        Assert.NotNull(held);

        // when roots embed is started, it says it waits
        using var process = RootsProcess.Start(["embed", "--json", "--library", _lib.Library]);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        string? line = await process.StandardError.ReadLineAsync();
        Assert.NotNull(line);
        Assert.Contains("waiting for the running embedder", line, StringComparison.Ordinal);
        Assert.False(process.HasExited);

        // and once the other run ends, it embeds every item and exits 0
        held.Dispose();
        string rest = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, rest);
        var report = JsonDocument.Parse(await stdout).RootElement;
        Assert.Equal(2, report.GetProperty("items").GetInt32());
        Assert.Equal(0, report.GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task Embed_CtrlCWhileWaiting_Exits130()
    {
        await ImportAsync();
        using var held = EmbedLock.TryAcquire(_lib.Library);
        Assert.NotNull(held);
        using var process = RootsProcess.Start(["embed", "--library", _lib.Library]);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        string? line = await process.StandardError.ReadLineAsync();
        Assert.Contains("waiting for the running embedder", line ?? "", StringComparison.Ordinal);

        // A shell that starts its children with SIGINT ignored makes Ctrl-C impossible to deliver (see VerifyAndRecoveryTests):
        // then the lock is let go and the run simply finishes.
        bool deliverable = !Signals.InterruptIgnoredByThisProcess();
        if (deliverable)
        {
            Assert.Equal(0, Signals.Kill(process.Id, Signals.Interrupt));
        }
        else
        {
            held.Dispose();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        await stdout;
        Assert.Equal(deliverable ? 130 : 0, process.ExitCode);
    }

    private async Task ImportAsync()
    {
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        string file = _lib.Write("notes.jsonl",
            """
            {"_id": "a", "title": "Rivers", "text": "Rivers carry water to the sea."}
            {"_id": "b", "title": "Mountains", "text": "Mountains rise where plates collide."}
            """);
        Assert.Equal(0, (await _lib.Roots("import", file)).ExitCode);
    }
}
