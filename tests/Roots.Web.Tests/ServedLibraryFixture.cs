namespace Roots.Web.Tests;

/// <summary>One served library shared by a test class (xunit runs a class's tests one at a time).</summary>
public sealed class ServedLibraryFixture : IAsyncLifetime
{
    public ServedLibrary Served { get; private set; } = null!;

    public async Task InitializeAsync() => Served = await ServedLibrary.StartAsync();

    public async Task DisposeAsync() => await Served.DisposeAsync();
}
