using DealDesk.Core.Contacts;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Contacts;

/// <summary>How contact statuses and funnel stages read and look, on the pages and in the CSV export.</summary>
public static class ContactLabels
{
    /// <summary>"Lead", "Prospect", …</summary>
    public static string Status(ContactStatus status) => status.ToString();

    /// <summary>"Needs outreach", "Meeting set", …</summary>
    public static string Stage(FunnelStage stage) => stage switch
    {
        FunnelStage.NeedsOutreach => "Needs outreach",
        FunnelStage.Contacted => "Contacted",
        FunnelStage.MeetingSet => "Meeting set",
        FunnelStage.ProposalSent => "Proposal sent",
        FunnelStage.Negotiation => "Negotiation",
        FunnelStage.Blocked => "Blocked",
        FunnelStage.ClosedWon => "Closed won",
        FunnelStage.ClosedLost => "Closed lost",
        _ => stage.ToString(),
    };

    /// <summary>Customers and partners stand out; leads stay plain.</summary>
    public static Color StatusColor(ContactStatus status) => status switch
    {
        ContactStatus.Customer => Color.Success,
        ContactStatus.Partner => Color.Info,
        ContactStatus.Prospect => Color.Primary,
        _ => Color.Default,
    };

    /// <summary>Won green, lost and blocked red, the rest plain.</summary>
    public static Color StageColor(FunnelStage stage) => stage switch
    {
        FunnelStage.ClosedWon => Color.Success,
        FunnelStage.ClosedLost or FunnelStage.Blocked => Color.Error,
        _ => Color.Default,
    };
}
