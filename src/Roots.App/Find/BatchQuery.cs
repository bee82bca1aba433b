using System.Text.Json;
using Roots.Core;

namespace Roots.App.Find;

/// <summary>
/// One query of a batch file (<c>roots search --batch FILE</c>): a JSON object per line with
/// <c>_id</c> (or <c>id</c>) and <c>text</c> (or <c>query</c>), as BEIR and TREC query files have.
/// </summary>
/// <param name="Id">The query id, without white space (TREC run files are split on it).</param>
/// <param name="Text">The query.</param>
public sealed record BatchQuery(string Id, string Text)
{
    /// <summary>Reads one line; a failure says why the line is not a query.</summary>
    public static Result<BatchQuery> Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Result<BatchQuery>.Fail("not a query object with _id and text");
            }

            JsonElement id = default, query = default;
            bool hasId = root.TryGetProperty("_id", out id) || root.TryGetProperty("id", out id);
            bool hasText = root.TryGetProperty("text", out query) || root.TryGetProperty("query", out query);
            if (!hasId || !hasText || query.ValueKind != JsonValueKind.String)
            {
                return Result<BatchQuery>.Fail("not a query object with _id and text");
            }

            string qid = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
            return qid.Length > 0 && !qid.Any(char.IsWhiteSpace)
                ? new BatchQuery(qid, query.GetString()!)
                : Result<BatchQuery>.Fail("not a query object with _id and text");
        }
        catch (JsonException)
        {
            return Result<BatchQuery>.Fail("not a query object with _id and text");
        }
    }
}
