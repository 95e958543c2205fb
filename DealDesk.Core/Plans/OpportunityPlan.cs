using DealDesk.Core.Intelligence.Qualification;

namespace DealDesk.Core.Plans;

/// <summary>A deal's opportunity plan: what the deal is, how qualified it is, who matters, and what to do next. Saved
/// whole as a new version each time.</summary>
public sealed class OpportunityPlan
{
    /// <summary>Most action items a plan holds.</summary>
    public const int MaxActionItems = 30;

    /// <summary>Most people in the stakeholder summary.</summary>
    public const int MaxStakeholders = 50;

    /// <summary>Longest free text of a field.</summary>
    public const int TextMaxLength = 2000;

    /// <summary>Core deal information, as of the last prefill or edit.</summary>
    public DealSnapshot Deal { get; set; } = new();

    /// <summary>Budget, authority, need, timeline.</summary>
    public BantSnapshot Bant { get; set; } = new();

    /// <summary>The eight MEDDPICC elements. Kept under its first JSON name, "meddic", so versions saved before paper
    /// process and competition were added still read (those two then start unknown).</summary>
    public MeddicSnapshot Meddic { get; set; } = new();

    /// <summary>How likely the plan's author thinks the deal closes, 0–100 %.</summary>
    public int Confidence { get; set; }

    /// <summary>When the qualification was last assessed.</summary>
    public DateOnly? LastAssessed { get; set; }

    /// <summary>The people who matter, summarised.</summary>
    public List<StakeholderSummary> Stakeholders { get; set; } = [];

    /// <summary>What to do, by whom, by when (at most <see cref="MaxActionItems"/>).</summary>
    public List<PlanActionItem> ActionItems { get; set; } = [];

    /// <summary>Fills qualification tracking from the deal's live MEDDPICC (the Intelligence tab): every element takes
    /// its status; its note takes the element's summary when it has one and keeps what the plan says otherwise; "last
    /// assessed" becomes the day of the latest assessment. Elements never assessed are Unknown.</summary>
    /// <param name="assessments">The deal's assessed elements: element, status, summary and when it was assessed.
    /// </param>
    public void PrefillQualification(
        IEnumerable<(MeddpiccElement Element, Intelligence.Qualification.QualificationStatus Status, string? Summary, DateTime At)>
            assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        var byElement = assessments.GroupBy(a => a.Element).ToDictionary(g => g.Key, g => g.MaxBy(a => a.At));
        foreach (var element in MeddpiccElements.All)
        {
            var item = Meddic.Of(element);
            if (byElement.TryGetValue(element, out var assessed))
            {
                item.Status = StatusOf(assessed.Status);
                item.Note = string.IsNullOrWhiteSpace(assessed.Summary) ? item.Note : assessed.Summary.Trim();
            }
            else
            {
                item.Status = QualificationStatus.Unknown;
            }
        }

        if (byElement.Count > 0)
        {
            LastAssessed = DateOnly.FromDateTime(byElement.Values.Max(a => a.At));
        }
    }

    private static QualificationStatus StatusOf(Intelligence.Qualification.QualificationStatus status) => status switch
    {
        Intelligence.Qualification.QualificationStatus.Confirmed => QualificationStatus.Confirmed,
        Intelligence.Qualification.QualificationStatus.Partial => QualificationStatus.Partial,
        _ => QualificationStatus.Unknown,
    };
}

/// <summary>The deal's essentials copied into the plan.</summary>
public sealed class DealSnapshot
{
    /// <summary>Deal name.</summary>
    public string? Name { get; set; }

    /// <summary>Account name.</summary>
    public string? Account { get; set; }

    /// <summary>Stage name.</summary>
    public string? Stage { get; set; }

    /// <summary>Value.</summary>
    public decimal? Value { get; set; }

    /// <summary>Currency of the value.</summary>
    public string? Currency { get; set; }

    /// <summary>Expected close date.</summary>
    public DateOnly? CloseDate { get; set; }

    /// <summary>Owner's name.</summary>
    public string? Owner { get; set; }
}

/// <summary>One qualification item: how far it is established and what we know.</summary>
public sealed class QualificationItem
{
    /// <summary>How far it is established.</summary>
    public QualificationStatus Status { get; set; }

    /// <summary>What we know.</summary>
    public string? Note { get; set; }
}

/// <summary>BANT qualification.</summary>
public sealed class BantSnapshot
{
    /// <summary>Is there budget?</summary>
    public QualificationItem Budget { get; set; } = new();

    /// <summary>Do we talk to who decides?</summary>
    public QualificationItem Authority { get; set; } = new();

    /// <summary>Is there a real need?</summary>
    public QualificationItem Need { get; set; } = new();

    /// <summary>Is there a timeline?</summary>
    public QualificationItem Timeline { get; set; } = new();
}

/// <summary>MEDDPICC qualification as a snapshot of free fields, all eight elements (the live MEDDPICC lives on the
/// Intelligence tab; "Prefill from deal" copies it here).</summary>
public sealed class MeddicSnapshot
{
    /// <summary>The item of <paramref name="element"/>.</summary>
    public QualificationItem Of(MeddpiccElement element) => element switch
    {
        MeddpiccElement.Metrics => Metrics,
        MeddpiccElement.EconomicBuyer => EconomicBuyer,
        MeddpiccElement.DecisionCriteria => DecisionCriteria,
        MeddpiccElement.DecisionProcess => DecisionProcess,
        MeddpiccElement.PaperProcess => PaperProcess,
        MeddpiccElement.IdentifyPain => IdentifyPain,
        MeddpiccElement.Champion => Champion,
        MeddpiccElement.Competition => Competition,
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, null),
    };

    /// <summary>Metrics.</summary>
    public QualificationItem Metrics { get; set; } = new();

    /// <summary>Economic buyer.</summary>
    public QualificationItem EconomicBuyer { get; set; } = new();

    /// <summary>Decision criteria.</summary>
    public QualificationItem DecisionCriteria { get; set; } = new();

    /// <summary>Decision process.</summary>
    public QualificationItem DecisionProcess { get; set; } = new();

    /// <summary>Identify pain.</summary>
    public QualificationItem IdentifyPain { get; set; } = new();

    /// <summary>Champion.</summary>
    public QualificationItem Champion { get; set; } = new();

    /// <summary>Paper process.</summary>
    public QualificationItem PaperProcess { get; set; } = new();

    /// <summary>Competition.</summary>
    public QualificationItem Competition { get; set; } = new();
}

/// <summary>One person in the plan's stakeholder summary.</summary>
public sealed class StakeholderSummary
{
    /// <summary>Name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Roles, as text ("Champion, Influencer").</summary>
    public string? Roles { get; set; }

    /// <summary>Decision power 0–10.</summary>
    public int Power { get; set; }

    /// <summary>Influence 0–10.</summary>
    public int Influence { get; set; }

    /// <summary>What to remember about the person.</summary>
    public string? KeyInsight { get; set; }
}

/// <summary>One action item of a plan.</summary>
public sealed class PlanActionItem
{
    /// <summary>What to do.</summary>
    public string Description { get; set; } = "";

    /// <summary>Who does it.</summary>
    public Guid? OwnerId { get; set; }

    /// <summary>By when.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>Where it stands.</summary>
    public ActionItemStatus Status { get; set; }
}
