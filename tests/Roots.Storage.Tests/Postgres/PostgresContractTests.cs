using Roots.Storage.Tests.Contracts;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Postgres;

// The store contract on PostgreSQL: one class per contract, nothing but the engine's factory. Kept in one file,
// against the one-type-per-file habit, so that the list of contracts an engine passes reads at a glance
// (ContractCoverageTests checks that it is complete).
[RequiresPostgres]
public sealed class PostgresLibraryTests : LibraryContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresKeepTests : KeepContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresSearchTests : SearchContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresStatisticsTests : StatisticsContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresVectorTests : VectorContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresLinkTests : LinkContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresTagTests : TagContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresJobTests : JobContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresFeedTests : FeedContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresMailboxTests : MailboxContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresSimHashTests : SimHashContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresLedgerTests : LedgerContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresIdentifierTests : IdentifierContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresModelSummaryTests : ModelSummaryContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresTranslationTests : TranslationContract<PostgresStoreFactory>;

[RequiresPostgres]
public sealed class PostgresParagraphTranslationTests : ParagraphTranslationContract<PostgresStoreFactory>;
