namespace DealDesk.Web.Security;

/// <summary>Response headers that limit what a page can do if text from a user ever reaches it as markup, and how
/// it may be framed, sniffed or referred.</summary>
public static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy of every response. Scripts only from DealDesk itself (blazor.web.js,
    /// MudBlazor.min.js): no inline script, no event-handler attribute, no eval, which Blazor Server and MudBlazor
    /// never need. Styles may be inline because MudBlazor's theme is a &lt;style&gt; element and its components
    /// set style attributes. Images may be data: URIs (MudBlazor's CSS has some). The circuit's WebSocket is
    /// same-origin, which <c>'self'</c> covers.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    /// <summary>Adds the headers to every response, pages, endpoints, static files and error pages alike. They are
    /// set as the response starts, so an error handler that clears the response does not drop them.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                var headers = response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                // A link to an account's website tells that site at most that the visit came from DealDesk, never
                // which deal or contact page it was on.
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
