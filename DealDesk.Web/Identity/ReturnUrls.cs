namespace DealDesk.Web.Identity;

/// <summary>Where to go after signing in, from the <c>ReturnUrl</c> of the sign-in page's query string.</summary>
public static class ReturnUrls
{
    private static readonly Uri Origin = new("http://dealdesk.local/");

    /// <summary>The URL if it is a path within DealDesk, escaped to ASCII because it becomes the redirect's
    /// Location header ("/contacts?q=José" gives "/contacts?q=Jos%C3%A9"); otherwise "/". Whatever the query
    /// string says, the redirect never leaves DealDesk.</summary>
    public static string LocalOrHome(string? url)
    {
        if (url is not { Length: > 0 } || url[0] != '/' || url.StartsWith("//", StringComparison.Ordinal)
            || url.StartsWith("/\\", StringComparison.Ordinal)
            || !Uri.TryCreate(Origin, url, out var resolved) || resolved.Authority != Origin.Authority)
        {
            return "/";
        }

        return resolved.GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped);
    }
}
