using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roots.App.Collect;
using Roots.App.UseCases;
using Roots.Web.Hosting;

namespace Roots.Web.Api;

/// <summary><c>POST /api/notes</c> (JSON), <c>POST /api/files</c> (multipart, size-capped), <c>POST /api/urls</c> (JSON): collect.</summary>
internal static class AddApi
{
    public static IEndpointRouteBuilder MapAddApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/notes", AddNoteAsync);
        app.MapPost("/api/files", UploadAsync).DisableAntiforgery();
        app.MapPost("/api/urls", AddUrlsAsync);
        return app;
    }

    private static async Task<IResult> AddNoteAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        var (note, error) = await JsonBody.ReadAsync<NoteJson>(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(note!.Text))
        {
            return Problems.BadRequest("the note has no text");
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var report = await lease.Library.Files.AddNoteAsync(note.Text, new AddOptions(note.Tags, string.IsNullOrWhiteSpace(note.Title) ? null : note.Title), cancellationToken).ConfigureAwait(false);
        return Reply(report);
    }

    private static async Task<IResult> AddUrlsAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync<UrlsJson>(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var urls = (body!.Urls ?? []).Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim()).ToList();
        if (urls.Count == 0)
        {
            return Problems.BadRequest("give at least one URL");
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        return Reply(await lease.Library.Web.AddUrlsAsync(urls, new AddOptions(body.Tags), stop: cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> UploadAsync(HttpContext context, ServeOptions options, LibraryPool pool, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (request.ContentLength > options.MaxUploadBytes)
        {
            return Problems.TooLarge(options.MaxUploadBytes);
        }

        if (!request.HasFormContentType)
        {
            return Problems.BadRequest("send the files as multipart/form-data");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.TooLarge(options.MaxUploadBytes);
        }
        catch (InvalidDataException e)
        {
            // The form reader's own limits (part size, part count) say the same thing differently.
            return e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) ? Problems.TooLarge(options.MaxUploadBytes) : Problems.BadRequest(e.Message);
        }

        if (form.Files.Count == 0)
        {
            return Problems.BadRequest("no file in the form (field name: file)");
        }

        var tags = form["tags"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var uploads = form.Files.Select(file => new Upload(file.FileName, (target, token) => file.CopyToAsync(target, token))).ToList();
        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        return Reply(await lease.Library.Files.AddUploadsAsync(uploads, new AddOptions(tags.Length == 0 ? null : tags), cancellationToken).ConfigureAwait(false));
    }

    private static IResult Reply(Roots.App.Ingest.IngestReport report) =>
        report.Added > 0 ? TypedResults.Created((string?)null, AddReportJson.Of(report)) : TypedResults.Ok(AddReportJson.Of(report));
}
