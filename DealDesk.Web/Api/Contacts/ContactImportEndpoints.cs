using DealDesk.Core.Contacts.Import;

namespace DealDesk.Web.Api.Contacts;

/// <summary>The download of an import's rejected rows, for the user who ran it (anyone else gets 404).</summary>
public static class ContactImportEndpoints
{
    /// <summary>URL of the rejected rows of <paramref name="jobId"/>.</summary>
    public static string RejectedRowsUrl(Guid jobId) => $"/contacts/import/{jobId}/rejected.csv";

    /// <summary>Maps GET /contacts/import/{jobId}/rejected.csv (authenticated by the fallback policy).</summary>
    public static IEndpointRouteBuilder MapContactImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/contacts/import/{jobId:guid}/rejected.csv", (Guid jobId, IContactImportService imports) =>
        {
            var file = imports.OpenRejectedRows(jobId);
            return file.Succeeded
                ? Results.File(file.Value!, "text/csv; charset=utf-8", "rejected-rows.csv")
                : Results.NotFound();
        });
        return endpoints;
    }
}
