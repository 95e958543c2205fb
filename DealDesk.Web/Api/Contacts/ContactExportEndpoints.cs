using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Web.Components.Pages.Contacts;
using DealDesk.Web.Components.Shared;

namespace DealDesk.Web.Api.Contacts;

public static class ContactExportEndpoints
{
    /// <summary><c>GET /contacts/export.csv?circle=…&amp;q=…&amp;status=…&amp;funnel=…&amp;sort=…&amp;dir=…</c>: the
    /// contact list's view (same query string as the page) as a CSV download, streamed. Signed-in users only; the
    /// service refuses a circle whose contacts the user may not view with 404, as for a circle that does not exist.</summary>
    public static IEndpointRouteBuilder MapContactExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ContactListUrl.ExportPath, ExportAsync).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, IContactQueries contacts, CurrentCircle current,
        TimeProvider clock)
    {
        var search = ContactListUrl.Parse(http.Request.QueryString.Value);
        if (search.CircleId == Guid.Empty && await current.ResolveAsync(null, http.RequestAborted) is { } first)
        {
            search = search with { CircleId = first.Id };
        }

        var export = await contacts.ExportAsync(search, http.RequestAborted);
        if (export.Status == ResultStatus.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (!export.Succeeded)
        {
            return TypedResults.Forbid();
        }

        var day = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"contacts-{day}.csv\"";
        await ContactCsv.WriteAsync(http.Response.Body, export.Value!, http.RequestAborted);
        return TypedResults.Empty;
    }
}
