using Microsoft.AspNetCore.Http;

namespace Roots.Web.Hosting;

/// <summary>
/// Clears the <see cref="SearchCache"/> after every state-changing request (add, tag, delete,
/// job control…), so a search made right after a change through this server sees it. Runs after
/// <see cref="Security.RequestGuard"/>: a refused request changed nothing.
/// </summary>
internal sealed class WritesClearSearchCache(RequestDelegate next, SearchCache cache)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        bool changes = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (changes)
            {
                cache.Invalidate();
            }
        }
    }
}
