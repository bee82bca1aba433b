namespace Roots.Cli.Infrastructure;

/// <summary>The exit codes other tools rely on (DESIGN.md).</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The command failed.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>Some inputs failed, the others were processed.</summary>
    public const int Partial = 3;

    /// <summary>Interrupted by Ctrl-C; what was done is kept and a re-run continues.</summary>
    public const int Interrupted = 130;
}
