namespace DealDesk.Web.Components.Pages.Deals.Detail;

/// <summary>The tabs of the deal page, in the order shown; the active one is the <c>tab</c> query parameter, so a
/// link or Back lands on the same tab.</summary>
public static class DealTab
{
    public const string Overview = "overview";
    public const string Intelligence = "intelligence";
    public const string Stakeholders = "stakeholders";
    public const string Timeline = "timeline";
    public const string Tasks = "tasks";
    public const string Plan = "plan";

    /// <summary>Every tab's key, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [Overview, Intelligence, Stakeholders, Timeline, Tasks, Plan];

    /// <summary>Position of a tab key; an unknown or missing key means the overview.</summary>
    public static int IndexOf(string? key) =>
        All.Select((tab, index) => (tab, index)).FirstOrDefault(t => string.Equals(t.tab, key, StringComparison.OrdinalIgnoreCase)).index;

    /// <summary>The address of one tab of a deal; the overview has none of its own.</summary>
    public static string Url(Guid dealId, string tab) =>
        tab == Overview ? $"/deals/{dealId}" : $"/deals/{dealId}?tab={tab}";
}
