using Microsoft.AspNetCore.Http;
using Roots.Core;

namespace Roots.Web.Api;

/// <summary><c>limit</c> (1–200, default 50) and <c>offset</c> of a list that is read whole and cut here (tags, feeds, jobs: short lists).</summary>
internal readonly record struct Paging(int Limit, int Offset)
{
    public static Result<Paging> Parse(IQueryCollection query)
    {
        // The item filter parses the same two parameters with the same rules; only those are used here.
        var filter = ItemQuery.Parse(new QueryCollection(query.Where(p => p.Key is "limit" or "offset").ToDictionary(p => p.Key, p => p.Value)));
        return filter.IsSuccess ? new Paging(filter.Value.Limit, filter.Value.Offset) : Result<Paging>.Fail(filter.Error!);
    }

    public PageJson<T> Page<T>(IReadOnlyList<T> all)
    {
        var items = all.Skip(Offset).Take(Limit).ToList();
        return new PageJson<T>(items, Limit, Offset, Offset + items.Count < all.Count ? Offset + items.Count : null);
    }
}
