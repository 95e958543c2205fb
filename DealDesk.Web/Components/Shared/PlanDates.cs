namespace DealDesk.Web.Components.Shared;

/// <summary>Plans keep dates as <see cref="DateOnly"/>; MudDatePicker edits <see cref="DateTime"/>.</summary>
public static class PlanDates
{
    /// <summary>How a plan's date pickers show a day: the format dates have everywhere else in the app ("3 Dec 2026"),
    /// not the browser culture's.</summary>
    public const string Format = "d MMM yyyy";

    /// <summary>For the picker.</summary>
    public static DateTime? ToPicker(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    /// <summary>From the picker.</summary>
    public static DateOnly? FromPicker(DateTime? date) => date is null ? null : DateOnly.FromDateTime(date.Value);
}
