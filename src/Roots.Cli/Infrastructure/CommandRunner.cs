using Spectre.Console.Cli;

namespace Roots.Cli.Infrastructure;

/// <summary>Runs the command app and turns every failure into one line on stderr and an exit code.</summary>
public static class CommandRunner
{
    /// <summary>Runs <paramref name="args"/>; never throws.</summary>
    public static async Task<int> RunAsync(CommandApp app, string[] args, CancellationToken interrupt)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            return await app.RunAsync(args, interrupt).ConfigureAwait(false);
        }
        catch (CommandAppException e) when (e is CommandParseException or CommandRuntimeException)
        {
            Terminal.Error($"{e.Message} (see roots --help)");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            Terminal.Error("interrupted; what was done is kept, run the same command again to continue");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Terminal.Error(e.Message);
            return ExitCodes.Failure;
        }
        catch (System.Data.Common.DbException e)
        {
            // SQLite busy or corrupt, a PostgreSQL server gone mid-command: what was committed is kept.
            Terminal.Error($"the library's store failed: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failure;
        }
        catch (Roots.Models.Metering.ModelCallRefusedException e)
        {
            // A budget refusal raised where no command expects one (an embedding for a search): one line, not a trace.
            Terminal.Error(e.Message);
            return ExitCodes.Failure;
        }
        catch (HttpRequestException e)
        {
            Terminal.Error($"a model provider failed: {e.Message} (roots doctor; roots status)");
            return ExitCodes.Failure;
        }
    }
}
