using System.Text;
using Roots.Core;

namespace Roots.Ingest.Feeds;

/// <summary>
/// Pocket's CSV export (<c>title,url,time_added,tags,status</c>, tags separated by <c>|</c>) and
/// any CSV with a <c>url</c> column: RFC 4180 quoting, columns found by header name.
/// </summary>
internal static class PocketCsv
{
    public static Result<UrlList> Parse(string text, UrlListReader.Builder builder)
    {
        var rows = Rows(text).ToList();
        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        int url = header.IndexOf("url"), title = header.IndexOf("title"), tags = header.IndexOf("tags");
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Count == 1 && string.IsNullOrWhiteSpace(row[0]))
            {
                continue;
            }

            builder.Add(At(row, url), At(row, title),
                (At(row, tags) ?? string.Empty).Split(['|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                $"row {i + 1}");
        }

        return builder.Build("csv");
    }

    private static string? At(List<string> row, int index) => index >= 0 && index < row.Count ? row[index] : null;

    private static IEnumerable<List<string>> Rows(string text)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return row;
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        row.Add(field.ToString().TrimEnd('\r'));
        yield return row;
    }
}
