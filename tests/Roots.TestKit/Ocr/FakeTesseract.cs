namespace Roots.TestKit.Ocr;

/// <summary>
/// A stand-in <c>tesseract</c> program: a real shell script that answers <c>--list-langs</c> like tesseract and does
/// a given shell body for a recognition (<c>sleep 30</c> to hang, <c>echo boom &gt;&amp;2; exit 3</c> to fail),
/// so that timeouts and crashes are tested with real processes. Unix only.
/// </summary>
public static class FakeTesseract
{
    /// <summary>Writes the script into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, string body)
    {
        var path = Path.Combine(folder, "fake-tesseract");
        File.WriteAllText(path, $$"""
            #!/bin/sh
            if [ "$1" = "--list-langs" ]; then
              echo 'List of available languages in "/fake/" (2):'
              echo chi_sim
              echo eng
              exit 0
            fi
            cat > /dev/null
            {{body}}
            """.ReplaceLineEndings("\n"));
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the stand-in tesseract is a shell script");
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
