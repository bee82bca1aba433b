using System.Globalization;
using Microsoft.AspNetCore.Http;
using Roots.Core;
using Roots.Core.Ports;

namespace Roots.Web.Api;

/// <summary>The filters and paging of a list or search, from the query string: <c>tag</c> (repeatable), <c>category</c>, <c>lang</c>, <c>kind</c>, <c>since</c>, <c>limit</c> (1–200, default 50), <c>offset</c>.</summary>
internal static class ItemQuery
{
    public const int MaxLimit = 200;

    public static Result<ItemFilter> Parse(IQueryCollection query)
    {
        var tags = query["tag"].Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).ToList();
        string? lang = Blank(query["lang"]);
        string? kind = Blank(query["kind"]);
        string? category = Blank(query["category"]);
        DateTimeOffset? since = null;
        if (Blank(query["since"]) is { } text)
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return Result<ItemFilter>.Fail($"since '{text}' is not a date (use 2026-01-31)");
            }

            since = parsed;
        }

        var limit = Number(query["limit"], 50, 1, MaxLimit, "limit");
        var offset = Number(query["offset"], 0, 0, int.MaxValue, "offset");
        if (!limit.IsSuccess || !offset.IsSuccess)
        {
            return Result<ItemFilter>.Fail(limit.Error ?? offset.Error!);
        }

        return new ItemFilter(tags.Count == 0 ? null : tags, lang, kind, since, limit.Value, offset.Value, category);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Result<int> Number(string? text, int fallback, int min, int max, string name)
    {
        if (Blank(text) is not { } value)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max
            ? n
            : Result<int>.Fail($"{name} must be a whole number from {min} to {max}");
    }
}
