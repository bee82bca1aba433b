using Roots.App.Find;

namespace Roots.App.Tests.Find;

/// <summary>The query lines of <c>roots search --batch</c>: BEIR/TREC query files.</summary>
public sealed class BatchQueryTests
{
    [Theory]
    [InlineData("{\"_id\": \"q1\", \"text\": \"稀缺 tokens\"}", "q1", "稀缺 tokens")]
    [InlineData("{\"id\": 42, \"query\": \"tea\"}", "42", "tea")]
    public void AQueryLine_GivesItsIdAndText(string line, string id, string text) =>
        Assert.Equal(new BatchQuery(id, text), BatchQuery.Parse(line).Value);

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"_id\": \"q1\"}")]
    [InlineData("{\"text\": \"no id\"}")]
    [InlineData("{\"_id\": \"q 1\", \"text\": \"an id with a space breaks a TREC run\"}")]
    [InlineData("{\"_id\": \"\", \"text\": \"empty id\"}")]
    [InlineData("{\"_id\": \"q1\", \"text\": 7}")]
    public void AnythingElse_IsNotAQuery(string line) => Assert.False(BatchQuery.Parse(line).IsSuccess);
}
