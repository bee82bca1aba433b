using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Roots.Web;

/// <summary>Errors as <c>application/problem+json</c> (RFC 9457), from endpoints and from middleware.</summary>
internal static class Problems
{
    public static IResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);

    public static IResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    public static IResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static IResult TooLarge(long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large",
            detail: $"the request is larger than {limit} bytes");

    /// <summary>Writes a problem straight to the response, for middleware that ends the request.</summary>
    public static Task Write(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
