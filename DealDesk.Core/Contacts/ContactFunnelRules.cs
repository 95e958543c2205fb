namespace DealDesk.Core.Contacts;

/// <summary>How a contact's status and funnel stage fit together, so a contact can never read "Lead" in "Closed won".
/// </summary>
/// <remarks>
/// <para>The funnel stage records what happened, so it decides; the status follows. A proposal or a negotiation
/// means the contact was qualified: from <see cref="FunnelStage.ProposalSent"/> and
/// <see cref="FunnelStage.Negotiation"/> a contact is no longer a <see cref="ContactStatus.Lead"/>. Closed won means
/// they signed: at <see cref="FunnelStage.ClosedWon"/> a contact is a <see cref="ContactStatus.Customer"/> or a
/// <see cref="ContactStatus.Partner"/>. Every other pair is allowed (a customer may be in outreach again for more
/// business; anyone may be blocked or lost).</para>
/// <para>Moving the stage adjusts the status: a status the new stage does not allow is raised to the least one it does
/// (<see cref="StatusAt"/>). Saving both at once from the form refuses a contradictory pair instead, so the user sees
/// it rather than a silent change (<see cref="ContactDraftValidator"/>; <see cref="Contact.Update"/> throws).</para>
/// </remarks>
public static class ContactFunnelRules
{
    /// <summary>Whether <paramref name="status"/> may stand at <paramref name="stage"/>.</summary>
    public static bool Allows(ContactStatus status, FunnelStage stage) => stage switch
    {
        FunnelStage.ClosedWon => status is ContactStatus.Customer or ContactStatus.Partner,
        FunnelStage.ProposalSent or FunnelStage.Negotiation => status != ContactStatus.Lead,
        _ => true,
    };

    /// <summary>The status a contact with <paramref name="status"/> takes on entering <paramref name="stage"/>: its
    /// own when the stage allows it, otherwise the least one the stage allows.</summary>
    public static ContactStatus StatusAt(ContactStatus status, FunnelStage stage) =>
        Allows(status, stage) ? status
        : stage == FunnelStage.ClosedWon ? ContactStatus.Customer
        : ContactStatus.Prospect;

    /// <summary>Why <paramref name="status"/> cannot stand at <paramref name="stage"/>, for the form and the import.
    /// </summary>
    public static string Contradiction(ContactStatus status, FunnelStage stage) => stage == FunnelStage.ClosedWon
        ? $"A {status.ToString().ToLowerInvariant()} cannot be in Closed won: a contact who signed is a customer or a partner."
        : $"A lead cannot be in {(stage == FunnelStage.ProposalSent ? "Proposal sent" : "Negotiation")}: "
          + "a contact who got a proposal is at least a prospect.";
}
