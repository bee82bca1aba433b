using System.Diagnostics;

namespace Roots.Ingest.Tests.Sources;

/// <summary>
/// Makes directory entries .NET cannot name: files whose names are not UTF-8 (GBK, as a zip made on a
/// Chinese Windows unpacks), fifos. A shell does it, as a user's unzip or mkfifo would.
/// </summary>
internal static class RawNames
{
    /// <summary>中文.md in GBK: the bytes D6 D0 CE C4, then ".md".</summary>
    public const string GbkChineseMd = @"\xd6\xd0\xce\xc4.md";

    /// <summary>Writes <paramref name="text"/> to a file in <paramref name="folder"/> named by the printf escapes <paramref name="printfName"/>.</summary>
    public static void Write(string folder, string printfName, string text)
    {
        string temporary = Path.Combine(folder, "raw-name.tmp");
        File.WriteAllText(temporary, text);
        Shell(folder, $"mv raw-name.tmp \"$(printf '{printfName}')\"");
    }

    /// <summary>Makes a folder named by the printf escapes <paramref name="printfName"/>; returns nothing usable as a .NET path.</summary>
    public static void CreateFolder(string folder, string printfName) => Shell(folder, $"mkdir \"$(printf '{printfName}')\"");

    /// <summary>Makes a named pipe (fifo) at <paramref name="path"/>.</summary>
    public static void Fifo(string path) => Shell(Path.GetDirectoryName(path)!, $"mkfifo '{Path.GetFileName(path)}'");

    /// <summary>Runs <paramref name="command"/> with bash in <paramref name="folder"/>.</summary>
    public static void Shell(string folder, string command)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = folder, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        using var process = Process.Start(info)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command}: {error}");
    }
}
