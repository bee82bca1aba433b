using Roots.App.Models;

namespace Roots.App.Tests.Models;

/// <summary><c>roots costs --since</c>: periods counted in the library's time zone, not the machine's.</summary>
public sealed class CostPeriodTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // 2026-11-30 20:00 UTC is already 1 December in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NoText_IsTheFirstOfThisMonth_InTheLibrarysZone()
    {
        Assert.True(CostPeriod.TryParseSince(null, Now, Shanghai, out var inShanghai));
        Assert.True(CostPeriod.TryParseSince("", Now, TimeZoneInfo.Utc, out var inUtc));

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8)), inShanghai);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), inUtc);
    }

    [Fact]
    public void DaysBack_CountFromTodaysMidnight_InTheLibrarysZone()
    {
        Assert.True(CostPeriod.TryParseSince("7d", Now, Shanghai, out var since));

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.FromHours(8)), since);
    }

    [Theory]
    [InlineData("2026-10-05", "2026-10-05T00:00:00+08:00")]
    [InlineData("2026-10-05T12:00:00Z", "2026-10-05T12:00:00+00:00")]
    [InlineData("2026-10-05T12:00:00-05:00", "2026-10-05T12:00:00-05:00")]
    public void ADate_IsTakenInTheLibrarysZone_UnlessItCarriesAnOffset(string text, string expected)
    {
        Assert.True(CostPeriod.TryParseSince(text, Now, Shanghai, out var since));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), since);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, since.Offset);
    }

    [Theory]
    [InlineData("last week")]
    [InlineData("7 days")]
    [InlineData("-7d")]
    public void AnythingElse_IsRefused(string text) => Assert.False(CostPeriod.TryParseSince(text, Now, Shanghai, out _));
}
