using Roots.App;
using System.ComponentModel;
using System.Globalization;
using System.Net;
using Roots.App.Configuration;
using Roots.Cli.Infrastructure;
using Roots.Web;
using Roots.Web.Security;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots serve</c>: the web app and JSON API over the library until Ctrl-C.</summary>
/// <param name="engine">The process's engine, which opens the libraries.</param>
public sealed class ServeCommand(RootsEngine engine) : AsyncCommand<ServeCommand.Settings>
{
    /// <summary>Options of <c>roots serve</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The port.</summary>
        [CommandOption("--port <PORT>")]
        [Description("The port (default 5080; 0 picks a free one).")]
        public int Port { get; init; } = ServeOptions.DefaultPort;

        /// <summary>The address to bind.</summary>
        [CommandOption("--bind <ADDRESS>")]
        [Description("The address to listen on (default 127.0.0.1; anything else needs an access token).")]
        public string Bind { get; init; } = "127.0.0.1";

        /// <summary>Make a new access token.</summary>
        [CommandOption("--token")]
        [Description("Make a new access token, print it once and keep only its hash in the library (replaces the old one).")]
        public bool Token { get; init; }

        /// <summary>More host names to answer to.</summary>
        [CommandOption("--host <NAME>")]
        [Description("Another host name the server answers to (a reverse proxy's); repeatable.")]
        public string[] Hosts { get; init; } = [];

        /// <summary>Run no background rounds (embeddings, feeds): a read-only look, or a measurement.</summary>
        [CommandOption("--no-background")]
        [Description("Do not run pending embeddings, queued jobs, watch folders or feed polls while serving.")]
        public bool NoBackground { get; init; }

        /// <summary>How long a search answer may be reused for the same query.</summary>
        [CommandOption("--search-cache <SECONDS>")]
        [Description("Reuse the answer to an identical search for this many seconds (default 1; 0 turns it off). Changes made through the server show at once.")]
        public double SearchCacheSeconds { get; init; } = 1;

        /// <summary>How many requests use the library at once.</summary>
        [CommandOption("--connections <N>")]
        [Description("How many requests read the library at once (default 2; more helps only with more cores).")]
        public int Connections { get; init; } = 2;

        /// <inheritdoc />
        public override Spectre.Console.ValidationResult Validate() =>
            Port is < 0 or > 65535 ? Spectre.Console.ValidationResult.Error("--port must be from 0 to 65535")
            : SearchCacheSeconds is < 0 or > 3600 ? Spectre.Console.ValidationResult.Error("--search-cache must be from 0 to 3600 seconds")
            : Connections is < 1 or > 64 ? Spectre.Console.ValidationResult.Error("--connections must be from 1 to 64")
            : !IPAddress.TryParse(Bind, out _) ? Spectre.Console.ValidationResult.Error($"--bind '{Bind}' is not an IP address (e.g. 127.0.0.1 or 0.0.0.0)")
            : Spectre.Console.ValidationResult.Success();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string directory = Path.GetFullPath(LibraryLocation.Resolve(settings.Library, engine.Variable));
        var library = settings.Token ? Probe(directory) : null;
        if (library is { ReadOnly: true })
        {
            Terminal.Error(library.Value.Refusal);
            return ExitCodes.Failure;
        }

        if (library is not null)
        {
            string token = AccessToken.CreateAndStore(directory);
            Terminal.Line($"access token (shown once; only its hash is kept in {AccessToken.FileName}): {token}");
        }

        // The intervals of the background rounds are the server's own defaults; the CLI only turns them off.
        var options = new ServeOptions
        {
            LibraryDirectory = directory,
            Bind = IPAddress.Parse(settings.Bind),
            Port = settings.Port,
            AllowedHosts = settings.Hosts,
            SearchCacheAge = TimeSpan.FromSeconds(settings.SearchCacheSeconds),
            Connections = settings.Connections,
        };
        var started = await RootsServer.StartAsync(settings.NoBackground ? options.WithoutBackgroundWork() : options, engine, cancellationToken).ConfigureAwait(false);
        if (!started.IsSuccess)
        {
            Terminal.Error(started.Error!);
            return ExitCodes.Failure;
        }

        await using var server = started.Value;
        if (server.IsReadOnly)
        {
            Terminal.Note(App.Library.ReadOnlyNotice);
        }

        Terminal.Line(string.Create(CultureInfo.InvariantCulture, $"serving {Printable.Line(directory)} at {server.Address} (Ctrl-C stops)"));
        await server.WaitAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Whether a library opens there (on either store), so a token is never written into a stray folder,
    /// and whether it is read-only (then no token can be kept in it): null when none opens.
    /// </summary>
    private (bool ReadOnly, string Refusal)? Probe(string directory)
    {
        var opened = engine.Open(directory);
        if (!opened.IsSuccess)
        {
            return null;
        }

        using var library = opened.Value;
        return (library.IsReadOnly, library.ReadOnlyRefusal);
    }
}
