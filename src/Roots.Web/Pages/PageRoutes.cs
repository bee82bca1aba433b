using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Roots.Web.Pages;

/// <summary>The HTML pages' routes.</summary>
internal static class PageRoutes
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", LibraryPage.RenderAsync);
        app.MapGet("/items/{id}", ItemPage.RenderAsync);
        app.MapGet("/add", AddPage.Render);
        app.MapGet("/ask", AskPage.Render);
        app.MapGet("/organise", OrganisePage.RenderAsync);
        app.MapGet("/feeds", FeedsPage.RenderAsync);
        app.MapGet("/jobs", JobsPage.RenderAsync);
        app.MapGet("/costs", CostsPage.RenderAsync);
        app.MapGet("/costs/language-tax", LanguageTaxPage.RenderAsync);
        app.MapGet("/login", (HttpContext context) => LoginPage.Render(context));
        app.MapPost("/login", LoginPage.PostAsync).DisableAntiforgery();
        return app;
    }
}
