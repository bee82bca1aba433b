using Roots.Core.Identifiers;

namespace Roots.Core.Tests.Identifiers;

public class IsbnTests
{
    [Theory]
    [InlineData("978-0-306-40615-7", "9780306406157")]
    [InlineData("9780306406157", "9780306406157")]
    [InlineData("978 0 306 40615 7", "9780306406157")]
    [InlineData("ISBN 978-0-306-40615-7", "9780306406157")]
    [InlineData("ISBN-13: 978-0-306-40615-7", "9780306406157")]
    [InlineData("isbn:9780306406157", "9780306406157")]
    [InlineData("0-306-40615-2", "9780306406157")]
    [InlineData("ISBN-10: 0-306-40615-2", "9780306406157")]
    [InlineData("0306406152", "9780306406157")]
    [InlineData("0-8044-2957-X", "9780804429573")]
    [InlineData("080442957x", "9780804429573")]
    [InlineData("979-0-000-00000-1", "9790000000001")]
    public void Normalize_WrittenForms_GiveThirteenDigits(string written, string expected)
    {
        Assert.Equal(expected, Isbn.Normalize(written).Value);
    }

    [Theory]
    [InlineData("978-0-306-40615-8", "should be 7, not 8")]
    [InlineData("0-306-40615-3", "should be 2, not 3")]
    [InlineData("977-0-306-40615-8", "978 or 979")] // a valid EAN-13 (977 is the ISSN prefix), not an ISBN
    [InlineData("978-0-306-4061", "10 or 13 digits")]
    [InlineData("97803064061570", "10 or 13 digits")]
    [InlineData("X-306-40615-2", "only the last character")]
    [InlineData("978030640615X", "digits only")]
    [InlineData("ISBN", "10 or 13 digits")]
    [InlineData("  ", "no ISBN given")]
    public void Normalize_Invalid_FailsWithReason(string written, string reason)
    {
        var result = Isbn.Normalize(written);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }
}
