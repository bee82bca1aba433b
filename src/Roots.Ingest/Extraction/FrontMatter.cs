namespace Roots.Ingest.Extraction;

/// <summary>
/// Reads the part of YAML front matter that notes use: top-level <c>key: value</c> pairs,
/// quoted scalars, flow lists (<c>[a, b]</c>), block lists (<c>- a</c> lines), and <c>|</c> or
/// <c>&gt;</c> block scalars. Nested maps, anchors and tags are skipped, not errors: front matter
/// is metadata, and a note must never fail because of it. Keys are case-insensitive.
/// </summary>
internal sealed class FrontMatter
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.OrdinalIgnoreCase);

    private FrontMatter()
    {
    }

    /// <summary>The value of <paramref name="key"/> as one string (list items joined by <c>", "</c>), or null when absent or blank.</summary>
    public string? Scalar(string key) =>
        _fields.TryGetValue(key, out var values) && values.Count > 0
            ? TextShape.OneLine(string.Join(", ", values))
            : null;

    /// <summary>The items of <paramref name="key"/>: a list, or a scalar split at commas (ASCII or full-width).</summary>
    public IReadOnlyList<string> List(string key)
    {
        if (!_fields.TryGetValue(key, out var values))
        {
            return [];
        }

        return values
            .SelectMany(v => values.Count == 1 ? v.Split([',', '，', '、']) : [v])
            .Select(v => v.Trim())
            .Where(v => v.Length > 0)
            .ToList();
    }

    /// <summary>Parses front matter text (without the <c>---</c> fences).</summary>
    public static FrontMatter Parse(string yaml)
    {
        var result = new FrontMatter();
        List<string>? open = null;
        var block = new List<string>();
        var blockFolded = false;
        List<string>? blockTarget = null;

        foreach (var rawLine in yaml.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var indented = line.Length > 0 && line[0] is ' ' or '\t';
            if (blockTarget is not null && (indented || line.Trim().Length == 0))
            {
                block.Add(line.Trim());
                continue;
            }

            if (blockTarget is not null)
            {
                blockTarget.Add(string.Join(blockFolded ? " " : "\n", block).Trim());
                blockTarget = null;
                block.Clear();
            }

            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (trimmed[0] == '-' && (trimmed.Length == 1 || trimmed[1] == ' '))
            {
                open?.Add(Unquote(trimmed[1..].Trim()));
                continue;
            }

            if (indented)
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                open = null;
                continue;
            }

            var values = new List<string>();
            result._fields[Unquote(line[..colon].Trim())] = values;
            var value = StripComment(line[(colon + 1)..].Trim());
            open = value.Length == 0 ? values : null;
            if (value.StartsWith('[') && value.EndsWith(']'))
            {
                values.AddRange(SplitFlowList(value[1..^1]));
            }
            else if (value.Length > 0 && value[0] is '|' or '>')
            {
                blockTarget = values;
                blockFolded = value[0] == '>';
            }
            else if (value.Length > 0)
            {
                values.Add(Unquote(value));
            }
        }

        if (blockTarget is not null)
        {
            blockTarget.Add(string.Join(blockFolded ? " " : "\n", block).Trim());
        }

        return result;
    }

    private static IEnumerable<string> SplitFlowList(string inner)
    {
        var items = new List<string>();
        var start = 0;
        var quote = '\0';
        for (var i = 0; i <= inner.Length; i++)
        {
            if (i < inner.Length && quote != '\0')
            {
                quote = inner[i] == quote ? '\0' : quote;
            }
            else if (i < inner.Length && inner[i] is '"' or '\'')
            {
                quote = inner[i];
            }
            else if (i == inner.Length || inner[i] == ',')
            {
                items.Add(Unquote(inner[start..i].Trim()));
                start = i + 1;
            }
        }

        return items.Where(item => item.Length > 0);
    }

    private static string StripComment(string value)
    {
        if (value.Length > 0 && value[0] is '"' or '\'')
        {
            return value;
        }

        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash < 0 ? value : value[..hash].TrimEnd();
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return value[1..^1].Replace("\\\"", "\"").Replace("\\\\", "\\");
        }

        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'");
        }

        return value;
    }
}
