namespace Roots.Ingest.Tests.Web;

/// <summary>One fixture server shared by the web and feed test classes.</summary>
[CollectionDefinition(Name)]
public sealed class FixtureServerCollection : ICollectionFixture<FixtureServer>
{
    public const string Name = "fixture server";
}

/// <summary>Tests that change process-wide environment variables; they run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "environment";
}
