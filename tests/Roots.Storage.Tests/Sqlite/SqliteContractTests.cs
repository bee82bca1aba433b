using Roots.Storage.Tests.Contracts;

namespace Roots.Storage.Tests.Sqlite;

// The store contract on SQLite: one class per contract, nothing but the engine's factory. Kept in one file,
// against the one-type-per-file habit, so that the list of contracts an engine passes reads at a glance
// (ContractCoverageTests checks that it is complete).
public sealed class SqliteLibraryTests : LibraryContract<SqliteStoreFactory>;

public sealed class SqliteKeepTests : KeepContract<SqliteStoreFactory>;

public sealed class SqliteSearchTests : SearchContract<SqliteStoreFactory>;

public sealed class SqliteStatisticsTests : StatisticsContract<SqliteStoreFactory>;

public sealed class SqliteVectorTests : VectorContract<SqliteStoreFactory>;

public sealed class SqliteLinkTests : LinkContract<SqliteStoreFactory>;

public sealed class SqliteTagTests : TagContract<SqliteStoreFactory>;

public sealed class SqliteJobTests : JobContract<SqliteStoreFactory>;

public sealed class SqliteFeedTests : FeedContract<SqliteStoreFactory>;

public sealed class SqliteMailboxTests : MailboxContract<SqliteStoreFactory>;

public sealed class SqliteSimHashTests : SimHashContract<SqliteStoreFactory>;

public sealed class SqliteLedgerTests : LedgerContract<SqliteStoreFactory>;

public sealed class SqliteIdentifierTests : IdentifierContract<SqliteStoreFactory>;

public sealed class SqliteModelSummaryTests : ModelSummaryContract<SqliteStoreFactory>;

public sealed class SqliteTranslationTests : TranslationContract<SqliteStoreFactory>;

public sealed class SqliteParagraphTranslationTests : ParagraphTranslationContract<SqliteStoreFactory>;
