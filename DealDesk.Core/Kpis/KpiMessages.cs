namespace DealDesk.Core.Kpis;

/// <summary>Messages the KPI service returns, shared so the UI and tests speak the same words.</summary>
public static class KpiMessages
{
    /// <summary>The KPI is gone, or in a circle or workspace the user does not see.</summary>
    public const string NotFound = "This KPI does not exist or is not visible to you.";

    /// <summary>Someone saved the KPI since it was loaded; nothing was written.</summary>
    public const string Conflict = "This KPI was changed by someone else — reload to see their change, then try again.";

    /// <summary>A value or target beyond what the column holds.</summary>
    public static string OutOfRange(string field) =>
        $"{field} must be between -{Kpi.MaxMagnitude:N2} and {Kpi.MaxMagnitude:N2}.";
}
