using DealDesk.Core.Circles;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Circles;

/// <summary>How circle roles read and look on screen.</summary>
public static class CircleLabels
{
    /// <summary>The role's name.</summary>
    public static string Role(CircleRole role) => role switch
    {
        CircleRole.Member => "Member",
        CircleRole.Moderator => "Moderator",
        CircleRole.Admin => "Admin",
        _ => role.ToString(),
    };

    /// <summary>What the role may do, for the role picker's help.</summary>
    public static string RoleHelp(CircleRole role) => role switch
    {
        CircleRole.Member => "works the circle's contacts and KPI values",
        CircleRole.Moderator => "also creates and deletes contacts and KPIs and manages members",
        CircleRole.Admin => "also manages admins and invites new people",
        _ => "",
    };

    /// <summary>The role's chip colour: the higher the role, the stronger.</summary>
    public static Color Color(CircleRole role) => role switch
    {
        CircleRole.Admin => MudBlazor.Color.Primary,
        CircleRole.Moderator => MudBlazor.Color.Secondary,
        _ => MudBlazor.Color.Default,
    };
}
