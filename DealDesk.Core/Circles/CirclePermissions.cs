namespace DealDesk.Core.Circles;

/// <summary>The permission rules of seed 003: every member views, updates contacts and KPI values and adds notes;
/// only moderators and admins create and delete contacts and KPIs, edit KPI definitions and manage members. Deals are
/// worked by every member of their circle ("members work deals"). The one table every service decision reads, through
/// <see cref="ICircleAccess.CheckAsync"/>.</summary>
public static class CirclePermissions
{
    /// <summary>Whether <paramref name="role"/> may do <paramref name="action"/>. <c>null</c> (not a member) may
    /// do nothing.</summary>
    public static bool Allows(CircleRole? role, CircleAction action) =>
        role is { } held && held >= MinimumRole(action);

    /// <summary>The lowest role that may do <paramref name="action"/>.</summary>
    public static CircleRole MinimumRole(CircleAction action) => action switch
    {
        CircleAction.ViewContacts or CircleAction.UpdateContact or CircleAction.AddContactNote
            or CircleAction.ViewKpis or CircleAction.UpdateKpiValue
            or CircleAction.CreateDeal or CircleAction.UpdateDeal => CircleRole.Member,
        CircleAction.CreateContact or CircleAction.DeleteContact or CircleAction.CreateKpi
            or CircleAction.EditKpi or CircleAction.DeleteKpi or CircleAction.ManageMembers => CircleRole.Moderator,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown circle action."),
    };

    /// <summary>What a refused user is told.</summary>
    public static string Refusal(CircleAction action) =>
        $"Only circle moderators and admins may {Describe(action)}.";

    /// <summary>The action in words, for messages and logs.</summary>
    public static string Describe(CircleAction action) => action switch
    {
        CircleAction.ViewContacts => "view contacts",
        CircleAction.UpdateContact => "update contacts",
        CircleAction.AddContactNote => "add notes to contacts",
        CircleAction.CreateContact => "create contacts",
        CircleAction.DeleteContact => "delete contacts",
        CircleAction.ViewKpis => "view KPIs",
        CircleAction.UpdateKpiValue => "update KPI values",
        CircleAction.CreateKpi => "create KPIs",
        CircleAction.EditKpi => "edit KPIs",
        CircleAction.DeleteKpi => "delete KPIs",
        CircleAction.ManageMembers => "manage members",
        CircleAction.CreateDeal => "create deals",
        CircleAction.UpdateDeal => "update deals",
        _ => action.ToString(),
    };
}
