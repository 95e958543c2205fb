namespace DealDesk.Web.Components.Shared;

/// <summary>The <c>data-testid</c> attribute, for MudBlazor components that take extra attributes as a dictionary
/// (<c>UserAttributes</c>, <c>InputAttributes</c>). Imported statically in <c>_Imports.razor</c>.</summary>
public static class TestIds
{
    /// <summary>The attributes that name an element for the tests.</summary>
    public static Dictionary<string, object?> TestId(string id) => new() { ["data-testid"] = id };
}
