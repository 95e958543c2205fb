namespace DealDesk.Web.Components.Pages.Contacts;

/// <summary>Addresses of a contact's page, carrying its circle so the switcher follows.</summary>
public static class ContactPageUrl
{
    /// <summary><c>/contacts/{id}?circle={circle}</c>.</summary>
    public static string For(Guid contactId, Guid circleId) =>
        circleId == Guid.Empty ? $"/contacts/{contactId}" : $"/contacts/{contactId}?circle={circleId}";
}
