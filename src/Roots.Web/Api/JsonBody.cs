using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Roots.Web.Api;

/// <summary>
/// Reads a JSON request body with the errors this API promises: 413 past the size limit, 400
/// with the parser's reason for bad JSON or a missing body. Binding by hand rather than by
/// parameter makes those answers problem documents with a reason, not empty 400s.
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpContext context, CancellationToken cancellationToken)
        where T : class
    {
        var options = context.RequestServices.GetRequiredService<ServeOptions>();
        var request = context.Request;
        if (request.ContentLength > options.MaxJsonBytes)
        {
            return (null, Problems.TooLarge(options.MaxJsonBytes));
        }

        if (!request.HasJsonContentType())
        {
            return (null, Problems.BadRequest("send the body as application/json"));
        }

        var json = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            using var limited = new LimitedStream(request.Body, options.MaxJsonBytes);
            var value = await JsonSerializer.DeserializeAsync<T>(limited, json, cancellationToken).ConfigureAwait(false);
            return value is null ? (null, Problems.BadRequest("the body is empty")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.BadRequest("bad JSON: " + e.Message));
        }
        catch (LimitedStream.TooLargeException)
        {
            return (null, Problems.TooLarge(options.MaxJsonBytes));
        }
    }
}
