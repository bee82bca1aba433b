using System.Reflection;
using Roots.Cli.Commands;
using Spectre.Console.Cli;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// The verbs of <c>roots</c>, each a small command class that parses, calls Roots.App and renders. One
/// place configures them, for the app that runs and for <see cref="CommandModel"/>, which reads the same
/// tree to suggest a verb or an option when one is mistyped.
/// </summary>
public static class RootsCommands
{
    /// <summary>The informational version of roots (<c>roots --version</c>).</summary>
    public static string Version { get; } =
        typeof(RootsCommands).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// Configures every verb. Parsing is strict: an unknown option is an error (exit 2), never
    /// ignored, so <c>--selct tag:x</c> cannot publish everything.
    /// </summary>
    public static void Configure(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.SetApplicationName("roots");
        config.SetApplicationVersion(Version);
        config.UseStrictParsing();
        config.PropagateExceptions();
        config.AddCommand<InitCommand>("init").WithDescription("Create a library (default: $ROOTS_LIBRARY, else the XDG data directory).");
        config.AddCommand<AddCommand>("add").WithDescription("Collect files and folders (Markdown, text, HTML, PDF), web pages by URL or --from a list; '-' reads a note from stdin.");
        config.AddCommand<ImportCommand>("import").WithDescription("Import documents from a JSONL file (_id/id, title, text, url, lang, tags, published).");
        config.AddBranch("feed", feed =>
        {
            feed.SetDescription("Subscribe to feeds (RSS, Atom, JSON Feed) and collect their new entries.");
            feed.AddCommand<FeedAddCommand>("add").WithDescription("Subscribe to a feed: --every 1h how often it is due, --full fetches linked articles.");
            feed.AddCommand<FeedListCommand>("list").WithDescription("List the feeds and how their last poll went.");
            feed.AddCommand<FeedRemoveCommand>("remove").WithDescription("End a subscription (by URL or id); collected items stay.");
            feed.AddCommand<FeedPollCommand>("poll").WithDescription("Collect the new entries of the feeds that are due (--all: every feed); conditional GET.");
            feed.AddCommand<FeedImportCommand>("import").WithDescription("Subscribe to the feeds of an OPML file.");
            feed.AddCommand<FeedExportCommand>("export").WithDescription("Print the subscriptions as OPML.");
        });
        config.AddBranch("mail", mail =>
        {
            mail.SetDescription("Subscribe to IMAP folders and collect their new messages (password from an environment variable).");
            mail.AddCommand<MailAddCommand>("add").WithDescription("Subscribe to an IMAP folder: imaps://user@host[[:port]]/Folder; --password-env VAR (default ROOTS_IMAP_PASSWORD), --tag T.");
            mail.AddCommand<MailListCommand>("list").WithDescription("List the mailboxes and how their last poll went.");
            mail.AddCommand<MailRemoveCommand>("remove").WithDescription("End a mail subscription (by id or URL); collected items stay.");
            mail.AddCommand<MailPollCommand>("poll").WithDescription("Collect the new messages of every mailbox (or one, by id or URL): only UIDs above the last taken.");
        });
        config.AddCommand<WatchCommand>("watch").WithDescription("Collect files dropped into a folder until Ctrl-C (debounced, with a periodic rescan).");
        config.AddCommand<DupesCommand>("dupes").WithDescription("List near-duplicates: close SimHash (the same article in two formats too), or the same canonical URL or DOI.");
        config.AddCommand<WorkerCommand>("worker").WithDescription("Work off queued files and URLs (roots add --queue); many workers may share one PostgreSQL store.");
        config.AddCommand<CopyCommand>("copy").WithDescription("Copy a whole library into an empty one on another store (SQLite ↔ PostgreSQL); prints rows and hashes on both sides.");
        config.AddCommand<MigrateCommand>("migrate").WithDescription("Apply the store's pending schema migrations (PostgreSQL; SQLite migrates when opened).");
        config.AddCommand<JobsCommand>("jobs").WithDescription("List queued and failed jobs (URL fetches) with their reasons.");
        config.AddCommand<ListCommand>("list").WithDescription("List items, newest first.");
        config.AddCommand<ShowCommand>("show").WithDescription("Show one item: metadata, versions, archived original and text.");
        config.AddCommand<SearchCommand>("search").WithDescription("Search in Chinese and English; --batch answers many queries (TREC run).");
        config.AddCommand<VerifyCommand>("verify").WithDescription("Re-hash every archived original and check the database and the archive against each other (--repair to bring back what they can).");
        config.AddCommand<RebuildCommand>("rebuild").WithDescription("Make the database again from the archive alone (originals and their sidecars), after it was lost.");
        config.AddCommand<EmbedCommand>("embed").WithDescription("Give items without vectors their passage vectors (local MiniLM) for semantic and hybrid search.");
        config.AddCommand<RelatedCommand>("related").WithDescription("Items like one item, by shared keywords and by meaning (hybrid).");
        config.AddCommand<GraphCommand>("graph").WithDescription("Export the link graph (mentions, related, near-duplicates) as json, graphml or dot.");
        config.AddCommand<ReindexCommand>("reindex").WithDescription("Rebuild the full-text index from the items.");
        config.AddCommand<TagCommand>("tag").WithDescription("Add (+TAG) and remove (-TAG) tags; a removed tag is never put back automatically.");
        config.AddBranch("classify", classify =>
        {
            classify.SetDescription("Tag and categorise items: taxonomy rules, then the classifier learned from your own tags.");
            classify.SetDefaultCommand<ClassifyCommand>();
            classify.AddCommand<ClassifyCommand>("apply").IsHidden();
            classify.AddCommand<ClassifyTrainCommand>("train").WithDescription("Learn from the items you tagged; saves models/classifier.json in the library.");
            classify.AddCommand<ClassifyEvaluateCommand>("evaluate").WithDescription("Cross-validate the classifier on a labelled JSONL file (id, label, text, title).");
        });
        config.AddCommand<ExportCommand>("export").WithDescription("Write metadata records: datacite, datacite-json, zenodo, bibtex, ris, csl-json, dc, jsonld.");
        config.AddCommand<PublishCommand>("publish").WithDescription("Write the static site: pages per language, feeds, sitemap, offline search; --check verifies it.");
        config.AddCommand<TokensCommand>("tokens").WithDescription("Count tokens per tokenizer and price them per model; --parallel A B shows the language tax of two texts, --language-tax the library's.");
        config.AddCommand<DoctorCommand>("doctor").WithDescription("Check model providers, keys and budgets in roots.yaml and the environment; exit 1 on any error.");
        config.AddCommand<StatusCommand>("status").WithDescription("Per provider: last success and error, error rate, circuit, spend against budget, balance.");
        config.AddCommand<CostsCommand>("costs").WithDescription("Sum the ledger of model calls --by model, operation or day, --since a date; --csv.");
        config.AddCommand<SummarizeCommand>("summarize").WithDescription("Summarise items with a model (estimate first, --yes to skip the question); cached by content.");
        config.AddCommand<TranslateCommand>("translate").WithDescription("Translate items' title, summary and keywords with a model (--to zh,en …; estimate first); stored per language for publishing.");
        config.AddCommand<AskCommand>("ask").WithDescription("Answer a question from the library with cited passages; without a provider, print the passages.");
        config.AddCommand<ServeCommand>("serve").WithDescription("Serve the web app and JSON API (default http://127.0.0.1:5080); --token makes an access token for --bind beyond loopback.");
        config.AddCommand<QuickstartCommand>("quickstart").WithDescription("Build a demo library from the bundled samples and search it.");
    }
}
