namespace DealDesk.Core.Contacts.Import;

/// <summary>Reads the status and funnel stage cells of a CSV: "customer", "Customer", "closed_won", "Closed won" and
/// "closed-won" all name the same value. Numbers are refused, so that a shifted column is caught. A funnel stage may also
/// be written as one of the lead statuses a CRM exports in its "Lead Status" column (HubSpot's defaults: New, Open,
/// In progress, Attempted to contact, Connected, Open deal, Bad timing, Unqualified).</summary>
public static class ContactImportValues
{
    private static readonly Dictionary<string, ContactStatus> Statuses =
        Enum.GetValues<ContactStatus>().ToDictionary(s => ContactColumnMapping.Normalize(s.ToString()));

    private static readonly Dictionary<string, FunnelStage> Stages =
        Enum.GetValues<FunnelStage>().ToDictionary(s => ContactColumnMapping.Normalize(s.ToString()));

    // Lead statuses by the stage of the funnel they describe: not yet reached, reached, a deal open, on hold, not a fit.
    private static readonly Dictionary<string, FunnelStage> LeadStatuses = new()
    {
        ["new"] = FunnelStage.NeedsOutreach,
        ["open"] = FunnelStage.NeedsOutreach,
        ["inprogress"] = FunnelStage.Contacted,
        ["attemptedtocontact"] = FunnelStage.Contacted,
        ["connected"] = FunnelStage.Contacted,
        ["opendeal"] = FunnelStage.Negotiation,
        ["badtiming"] = FunnelStage.Blocked,
        ["unqualified"] = FunnelStage.ClosedLost,
    };

    /// <summary>The status <paramref name="text"/> names, if any.</summary>
    public static bool TryParseStatus(string text, out ContactStatus status) =>
        Statuses.TryGetValue(ContactColumnMapping.Normalize(text), out status);

    /// <summary>The funnel stage <paramref name="text"/> names, if any.</summary>
    public static bool TryParseFunnelStage(string text, out FunnelStage stage)
    {
        var key = ContactColumnMapping.Normalize(text);
        return Stages.TryGetValue(key, out stage) || LeadStatuses.TryGetValue(key, out stage);
    }

    /// <summary>How a value is written in a CSV: <c>closed_won</c>.</summary>
    public static string Spell<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
