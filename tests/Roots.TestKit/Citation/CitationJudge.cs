using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Roots.TestKit.Citation;

/// <summary>
/// citation-js (<c>tests/judges/citation</c>) as an independent judge of what our exporters write:
/// runs <c>node judge.mjs FORMAT</c> with the text on stdin and returns the CSL-JSON records it read.
/// Our own reader agreeing with our own writer proves little; another project's parser reading the
/// fields back proves they survive outside Roots.
/// </summary>
/// <remarks>
/// Needs <c>node</c> on PATH and <c>tests/judges/citation/install.sh</c> run (CI runs it); tests
/// check <see cref="UnavailableReason"/> and skip, saying why, without them. Each call starts one
/// node process (about a tenth of a second). Thread-safe.
/// </remarks>
public static class CitationJudge
{
    /// <summary>How long one read may take before the process is killed and the read fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly string? Folder = FindFolder();

    private static readonly string? Node = FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node");

    /// <summary>Why the judge cannot run here (no node, citation-js not installed); null when it can.</summary>
    public static string? UnavailableReason { get; } =
        Folder is null ? "tests/judges/citation/judge.mjs not found above " + AppContext.BaseDirectory
        : Node is null ? "node is not on PATH: the citation-js judge cannot run"
        : !File.Exists(Path.Combine(Folder, "node_modules", "@citation-js", "core", "package.json"))
            || !File.Exists(Path.Combine(Folder, "node_modules", "@citation-js", "plugin-ris", "package.json"))
            ? "citation-js is not installed: run tests/judges/citation/install.sh"
        : null;

    /// <summary>Reads <paramref name="text"/> as <paramref name="syntax"/> with citation-js.</summary>
    /// <exception cref="CitationJudgeException">citation-js could not read it, found no record, failed or timed out; the message says which.</exception>
    /// <exception cref="InvalidOperationException">The judge is not available (see <see cref="UnavailableReason"/>).</exception>
    public static CitationJudgement Read(CitationSyntax syntax, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (UnavailableReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        var start = new ProcessStartInfo(Node!)
        {
            WorkingDirectory = Folder!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // No byte-order mark: citation-js would read it as part of the first entry.
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("judge.mjs");
        start.ArgumentList.Add(Argument(syntax));

        using var process = Process.Start(start) ?? throw new CitationJudgeException("node did not start");
        // Both pipes are drained while stdin is written, so a large input or output cannot deadlock.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(text);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The judge exited before reading everything; its exit code and stderr say why.
        }

        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new CitationJudgeException($"citation-js took longer than {Timeout.TotalSeconds:0} s to read {text.Length:N0} characters of {syntax}");
        }

        process.WaitForExit();
        string output = stdout.GetAwaiter().GetResult();
        var errorLines = stderr.GetAwaiter().GetResult().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0)
        {
            string why = errorLines.FirstOrDefault(l => l.StartsWith("judge: ", StringComparison.Ordinal))?["judge: ".Length..]
                ?? string.Join(" ", errorLines.Take(3));
            throw new CitationJudgeException($"citation-js could not read the {syntax} (exit {process.ExitCode}): {why}");
        }

        return new CitationJudgement(
            ParseRecords(output),
            errorLines.Where(l => l.StartsWith("warning: ", StringComparison.Ordinal)).Select(l => l["warning: ".Length..]).ToList());
    }

    private static List<CitationRecord> ParseRecords(string output)
    {
        try
        {
            using var document = JsonDocument.Parse(output);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new CitationJudgeException("citation-js wrote " + document.RootElement.ValueKind + " where a CSL-JSON array was expected");
            }

            return document.RootElement.EnumerateArray().Select(CitationRecord.FromJson).ToList();
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new CitationJudgeException("citation-js wrote output that is not CSL-JSON: " + e.Message, e);
        }
    }

    private static string Argument(CitationSyntax syntax) => syntax switch
    {
        CitationSyntax.BibTex => "bibtex",
        CitationSyntax.Ris => "ris",
        CitationSyntax.CslJson => "csl-json",
        _ => throw new ArgumentOutOfRangeException(nameof(syntax), syntax, "not a format the judge reads"),
    };

    private static string? FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string folder = Path.Combine(dir.FullName, "tests", "judges", "citation");
            if (File.Exists(Path.Combine(folder, "judge.mjs")))
            {
                return folder;
            }
        }

        return null;
    }

    private static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
}
