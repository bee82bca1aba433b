using System.Text;

namespace Roots.Publish.Tests.Support;

/// <summary>
/// Compares output with a file under tests/Roots.Publish.Tests/Golden byte for byte (as UTF-8).
/// With ROOTS_UPDATE_GOLDEN=1 in the environment the file is rewritten instead, and the
/// change is reviewed in the diff.
/// </summary>
public static class GoldenFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static bool Updating => Environment.GetEnvironmentVariable("ROOTS_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string fileName, string actual)
    {
        string path = Path.Combine(RepoPaths.Golden, fileName);
        byte[] actualBytes = s_utf8.GetBytes(actual);
        if (Updating)
        {
            Directory.CreateDirectory(RepoPaths.Golden);
            File.WriteAllBytes(path, actualBytes);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {fileName} is missing: run the tests with ROOTS_UPDATE_GOLDEN=1 to create it");
        byte[] expected = File.ReadAllBytes(path);
        if (!expected.AsSpan().SequenceEqual(actualBytes))
        {
            // Show the text diff; a byte-only difference (line ends) still fails below.
            Assert.Equal(s_utf8.GetString(expected), actual);
            Assert.Fail($"{fileName} differs from its golden file in bytes (line endings?)");
        }
    }
}
