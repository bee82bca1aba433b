using Roots.Core;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Roots.Ingest.Ocr;

/// <summary>
/// Runs a program with bytes on its standard input and reads its output, with a deadline, cancellation and a cap
/// on what is kept: a program that hangs is killed with its children, one that floods its output is cut.
/// Stateless and thread-safe.
/// </summary>
internal static class BoundedProcess
{
    /// <summary>What a finished run gave back.</summary>
    internal readonly record struct Outcome(int ExitCode, string Output, string Errors);

    /// <summary>
    /// Runs <paramref name="executable"/>; fails with "not installed" when it cannot be started, "timed out after N s"
    /// when it ran past <paramref name="timeout"/>. Cancellation kills the process and throws.
    /// </summary>
    internal static Result<Outcome> Run(
        string executable, IEnumerable<string> arguments, ReadOnlyMemory<byte> input, TimeSpan timeout, int maxOutput, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Ingest already runs one document per core: tesseract's own OpenMP threads would only fight them
        // (measured: 4 s a page alone on one thread, 12 s of CPU with its threads on a busy machine).
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return Result<Outcome>.Fail("not installed");
        }

        using var kill = cancellationToken.Register(() => Kill(process));
        var output = ReadBoundedAsync(process.StandardOutput, maxOutput);
        var errors = ReadBoundedAsync(process.StandardError, 4096);
        var feeding = FeedAsync(process.StandardInput.BaseStream, input);
        if (!process.WaitForExit(timeout))
        {
            Kill(process);
            process.WaitForExit();
            cancellationToken.ThrowIfCancellationRequested();
            return Result<Outcome>.Fail($"timed out after {timeout.TotalSeconds:0} s");
        }

        // The exit is in: the pipes close with it, so these end.
        process.WaitForExit();
        cancellationToken.ThrowIfCancellationRequested();
        feeding.Wait(CancellationToken.None);
        return new Outcome(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
    }

    private static async Task FeedAsync(Stream stdin, ReadOnlyMemory<byte> input)
    {
        try
        {
            await stdin.WriteAsync(input).ConfigureAwait(false);
            await stdin.DisposeAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The program stopped reading (it refused the input or died): its exit code and errors tell why.
        }
    }

    /// <summary>Reads everything, keeping the first <paramref name="max"/> characters: the pipe must be drained or the program blocks.</summary>
    private static async Task<string> ReadBoundedAsync(StreamReader reader, int max)
    {
        var kept = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            var room = max - kept.Length;
            if (room > 0)
            {
                kept.Append(buffer, 0, Math.Min(room, read));
            }
        }

        return kept.ToString();
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
