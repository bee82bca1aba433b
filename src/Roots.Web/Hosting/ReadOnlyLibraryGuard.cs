using Microsoft.AspNetCore.Http;
using Roots.App;

namespace Roots.Web.Hosting;

/// <summary>
/// On a read-only library (read-only media: see <see cref="Library.IsReadOnly"/>) every request that would
/// change it is refused with 409 and one plain reason, before an endpoint tries and fails in the store.
/// Pages, the API's reads and the originals are served as usual; so are the requests that change
/// nothing although they are POSTs (logging in, verifying, finding near-duplicates, which a read-only
/// library does in memory). Runs after <see cref="Security.RequestGuard"/>.
/// </summary>
internal sealed class ReadOnlyLibraryGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        bool changes = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        if (changes && !ChangesNothing(request.Path))
        {
            await Problems.Write(context, StatusCodes.Status409Conflict, "Library is read-only",
                "the library is read-only here (its folder or roots.db cannot be written), so changes are refused; copy it to writable storage to change it").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static bool ChangesNothing(PathString path) =>
        path.StartsWithSegments("/login") || path.StartsWithSegments("/api/verify") || path.StartsWithSegments("/api/dupes");
}
