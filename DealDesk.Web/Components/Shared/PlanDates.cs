namespace DealDesk.Web.Components.Shared;

/// <summary>Plans keep dates as <see cref="DateOnly"/>; MudDatePicker edits <see cref="DateTime"/>.</summary>
public static class PlanDates
{
    /// <summary>For the picker.</summary>
    public static DateTime? ToPicker(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    /// <summary>From the picker.</summary>
    public static DateOnly? FromPicker(DateTime? date) => date is null ? null : DateOnly.FromDateTime(date.Value);
}
