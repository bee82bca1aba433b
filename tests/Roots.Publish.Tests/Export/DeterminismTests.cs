using Roots.Publish.Export;
using Roots.Publish.Tests.Support;
using Roots.TestKit;

namespace Roots.Publish.Tests.Export;

public sealed class DeterminismTests
{
    public static TheoryData<string> Formats() => [.. ExportFormats.Names];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_SameRecordTwice_GivesIdenticalOutput(string format)
    {
        // Two exporters from two registries, and a copy of the record: nothing may depend on instance state.
        var first = ExportFormats.Create(Records.Options).Find(format).Value.WriteToString(Records.BilingualZh);
        var second = ExportFormats.Create(Records.Options).Find(format).Value.WriteToString(Records.BilingualZh with { });

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_DatedRecord_DoesNotDependOnTheClock(string format)
    {
        var otherDay = new ExportOptions { Clock = new ManualClock(new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.Zero)) };

        var today = Records.Formats.Find(format).Value.WriteToString(Records.BilingualZh);
        var later = ExportFormats.Create(otherDay).Find(format).Value.WriteToString(Records.BilingualZh);

        Assert.Equal(today, later);
    }

    [Fact]
    public void WriteUtf8_Stream_WritesUtf8WithoutBom()
    {
        using var stream = new MemoryStream();

        Records.Formats.Find("datacite").Value.WriteUtf8(Records.BilingualZh, stream);

        byte[] bytes = stream.ToArray();
        Assert.Equal((byte)'<', bytes[0]);
        Assert.Equal(Records.Formats.Find("datacite").Value.WriteToString(Records.BilingualZh), System.Text.Encoding.UTF8.GetString(bytes));
    }
}
