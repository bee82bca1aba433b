using System.Diagnostics;

namespace Roots.App.Diagnostics;

/// <summary>
/// Named moments at which a test can make a <c>roots</c> process die as <c>kill -9</c> would, to check
/// that what was committed before that moment is completed by the next run. A process started with
/// <c>ROOTS_TEST_CRASH_AT=NAME</c> in its environment sends itself SIGKILL on reaching the point NAME;
/// without the variable (outside tests, always) reaching a point does nothing.
/// </summary>
/// <remarks>
/// Killing at random moments (the end-to-end kill tests) finds the windows; a named point hits one
/// every time, so its test is fast and never flaky. Read once per process.
/// </remarks>
internal static class CrashPoint
{
    /// <summary>The environment variable naming the point to die at.</summary>
    public const string EnvironmentVariable = "ROOTS_TEST_CRASH_AT";

    /// <summary>In <c>roots embed</c>: right after the first batch's vectors are committed, before any related link is stored.</summary>
    public const string EmbedAfterVectors = "embed-after-vectors";

    private static readonly string? s_armed = Environment.GetEnvironmentVariable(EnvironmentVariable);

    /// <summary>Dies here, without unwinding or flushing anything, when the environment names <paramref name="point"/>.</summary>
    public static void Reach(string point)
    {
        if (s_armed is not null && string.Equals(s_armed, point, StringComparison.Ordinal))
        {
            Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
