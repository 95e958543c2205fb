using System.Net;
using System.Text.RegularExpressions;

namespace DealDesk.Tests.Support;

/// <summary>Signs in through the real login form over HTTP: fetches the page, keeps its hidden fields
/// (antiforgery token, form name) and posts the credentials, as a browser without JavaScript would.</summary>
public static partial class SignInForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password,
        string? returnUrl = null)
    {
        var url = returnUrl is null ? "/Account/Login" : $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var page = await client.GetStringAsync(url);
        var fields = HiddenInputs(page);
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Signs out as the user menu's form does: a POST with an antiforgery token issued to the signed-in
    /// user (taken from the sign-in page, which any user may open).</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var fields = HiddenInputs(await client.GetStringAsync("/Account/Login"))
            .Where(f => f.Key == "__RequestVerificationToken")
            .ToDictionary();
        return await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(fields));
    }

    private static Dictionary<string, string> HiddenInputs(string html) =>
        HiddenInput().Matches(html)
            .Select(m => m.Value)
            .ToDictionary(
                tag => WebUtility.HtmlDecode(Attribute(tag, "name")),
                tag => WebUtility.HtmlDecode(Attribute(tag, "value")));

    private static string Attribute(string tag, string name) =>
        Regex.Match(tag, $"{name}=\"([^\"]*)\"").Groups[1].Value;

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();
}
