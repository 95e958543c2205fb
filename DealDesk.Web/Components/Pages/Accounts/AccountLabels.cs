using DealDesk.Core.Accounts;

namespace DealDesk.Web.Components.Pages.Accounts;

/// <summary>How account segments and regions read on screen.</summary>
public static class AccountLabels
{
    /// <summary>e.g. "Mid-market".</summary>
    public static string Size(AccountSize size) => size switch
    {
        AccountSize.Enterprise => "Enterprise",
        AccountSize.MidMarket => "Mid-market",
        _ => "SMB",
    };

    /// <summary>e.g. "EMEA"; empty when not set.</summary>
    public static string Region(Region? region) => region switch
    {
        Core.Accounts.Region.Americas => "Americas",
        Core.Accounts.Region.Emea => "EMEA",
        Core.Accounts.Region.Apac => "APAC",
        _ => "",
    };

    /// <summary>A website as people read it: "acme.example" for "https://www.acme.example/".</summary>
    public static string WebsiteText(string website)
    {
        var text = website.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        text = scheme >= 0 ? text[(scheme + 3)..] : text;
        text = text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
        return text.TrimEnd('/');
    }

    /// <summary>A link for a website, also one typed without a scheme ("acme.com" opens https://acme.com);
    /// <c>null</c> for anything but http(s), so a stored "javascript:" address never becomes a link.</summary>
    public static string? WebsiteHref(string? website) =>
        website is not null
        && Uri.TryCreate(website.Contains("://", StringComparison.Ordinal) ? website : "https://" + website,
            UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
            ? uri.AbsoluteUri
            : null;
}
