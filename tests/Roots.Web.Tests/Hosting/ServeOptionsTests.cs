using System.Net;

namespace Roots.Web.Tests.Hosting;

public sealed class ServeOptionsTests
{
    [Fact]
    public void WithoutBackgroundWork_TurnsEveryRoundOff_AndKeepsTheRest()
    {
        var options = new ServeOptions { LibraryDirectory = "/lib", Bind = IPAddress.Loopback, Port = 8080, Connections = 3 };
        Assert.All([options.EmbedInterval, options.WatchInterval, options.FeedInterval, options.WorkInterval], i => Assert.True(i > TimeSpan.Zero));

        var quiet = options.WithoutBackgroundWork();

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero], [quiet.EmbedInterval, quiet.WatchInterval, quiet.FeedInterval, quiet.WorkInterval]);
        Assert.Equal(options with { EmbedInterval = TimeSpan.Zero, WatchInterval = TimeSpan.Zero, FeedInterval = TimeSpan.Zero, WorkInterval = TimeSpan.Zero }, quiet);
        Assert.Equal(("/lib", 8080, 3), (quiet.LibraryDirectory, quiet.Port, quiet.Connections));
    }
}
