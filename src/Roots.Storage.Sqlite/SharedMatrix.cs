using Roots.Core.Vectors;

namespace Roots.Storage.Sqlite;

/// <summary>One model's vectors of one database file, with the row count and latest write time it was read at.</summary>
internal sealed record SharedMatrix(long Count, long Stamp, VectorMatrix Matrix);
