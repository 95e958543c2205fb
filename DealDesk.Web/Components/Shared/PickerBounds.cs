using DealDesk.Core.Common;

namespace DealDesk.Web.Components.Shared;

/// <summary><see cref="DateBounds"/> as MudDatePicker's MinDate and MaxDate, so the picker offers only the dates
/// the validators accept.</summary>
public static class PickerBounds
{
    /// <summary>The earliest date a picker offers.</summary>
    public static readonly DateTime Min = DateBounds.Earliest.ToDateTime(TimeOnly.MinValue);

    /// <summary>The latest date a picker offers.</summary>
    public static readonly DateTime Max = DateBounds.Latest.ToDateTime(TimeOnly.MinValue);
}
