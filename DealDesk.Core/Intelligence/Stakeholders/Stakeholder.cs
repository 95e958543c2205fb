using DealDesk.Core.Accounts;
using DealDesk.Core.Common;

namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>A person at an account who plays a part in its buying decisions: the account's political map is the
/// set of its stakeholders. The email, when given, is unique per account, ignoring case.</summary>
public sealed class Stakeholder : Entity, ITenantOwned, IAuditable, IConcurrencyVersioned
{
    /// <summary>Longest allowed name or title.</summary>
    public const int NameMaxLength = 200;

    /// <summary>Longest allowed email (RFC 5321 path limit).</summary>
    public const int EmailMaxLength = 254;

    /// <summary>Longest allowed notes.</summary>
    public const int NotesMaxLength = 4000;

    private static readonly StakeholderScore Unknown = new(0, ScoreSource.Heuristic, evidence: null);

    private Stakeholder()
    {
    }

    /// <summary>Adds a person to an account's map, with no roles and unknown scores until they are set.</summary>
    public Stakeholder(Guid accountId, string name, string? email, string? title, Guid? contactId = null)
    {
        AccountId = Guard.Id(accountId, "Account");
        ContactId = contactId;
        Describe(name, email, title);
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <summary>The account whose decisions the person takes part in.</summary>
    public Guid AccountId { get; private set; }

    /// <summary>The contact record the person was added from, if any.</summary>
    public Guid? ContactId { get; private set; }

    /// <summary>Full name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Email as entered; <c>null</c> when unknown.</summary>
    public string? Email { get; private set; }

    /// <summary>Upper-case email, indexed unique per account.</summary>
    public string? NormalizedEmail { get; private set; }

    /// <summary>Job title, e.g. "VP Engineering": the title heuristic reads it.</summary>
    public string? Title { get; private set; }

    /// <summary>Every part the person plays.</summary>
    public StakeholderRoles Roles { get; private set; }

    /// <summary>How much the person decides, 0–10.</summary>
    public StakeholderScore DecisionPower { get; private set; } = Unknown;

    /// <summary>How much the person sways others, 0–10.</summary>
    public StakeholderScore InfluenceLevel { get; private set; } = Unknown;

    /// <summary>How good our relationship with the person is, 0–10.</summary>
    public StakeholderScore RelationshipStrength { get; private set; } = Unknown;

    /// <summary>How many interactions we have had with the person.</summary>
    public int InteractionCount { get; private set; }

    /// <summary>When we last interacted (UTC).</summary>
    public DateTime? LastInteractionAt { get; private set; }

    /// <summary>Free notes.</summary>
    public string? Notes { get; private set; }

    /// <inheritdoc />
    public byte[] Version { get; private set; } = null!;

    /// <inheritdoc />
    public DateTime CreatedAt { get; private set; }

    /// <inheritdoc />
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Sets who the person is.</summary>
    public void Describe(string name, string? email, string? title)
    {
        Name = Guard.Text(name, NameMaxLength, "Name");
        Email = Guard.OptionalText(email, EmailMaxLength, "Email");
        NormalizedEmail = Email?.ToUpperInvariant();
        Title = Guard.OptionalText(title, NameMaxLength, "Title");
    }

    /// <summary>Sets every role the person plays.</summary>
    public void PlayRoles(StakeholderRoles roles) => Roles = roles;

    /// <summary>Whether the person plays <paramref name="role"/> (among others).</summary>
    public bool Plays(StakeholderRoles role) => (Roles & role) == role && role != StakeholderRoles.None;

    /// <summary>Sets the free notes.</summary>
    public void Note(string? notes) => Notes = Guard.OptionalMultilineText(notes, NotesMaxLength, "Notes");

    /// <summary>Proposes new scores; each is taken only where its source is at least as strong as the current one's,
    /// so a heuristic never replaces a human override. Returns whether anything changed.</summary>
    public bool Score(StakeholderScore? decisionPower, StakeholderScore? influenceLevel,
        StakeholderScore? relationshipStrength)
    {
        var before = (DecisionPower, InfluenceLevel, RelationshipStrength);
        DecisionPower = Take(DecisionPower, decisionPower);
        InfluenceLevel = Take(InfluenceLevel, influenceLevel);
        RelationshipStrength = Take(RelationshipStrength, relationshipStrength);
        return before != (DecisionPower, InfluenceLevel, RelationshipStrength);
    }

    /// <summary>How long an interaction keeps a person engaged.</summary>
    public static readonly TimeSpan EngagementWindow = TimeSpan.FromDays(30);

    /// <summary>Relationship strength from which a person counts as engaged without a recent interaction.</summary>
    public const int EngagedRelationshipStrength = 5;

    /// <summary>Whether we are really in touch with the person: a relationship of at least
    /// <see cref="EngagedRelationshipStrength"/>, or an interaction within <see cref="EngagementWindow"/> of
    /// <paramref name="now"/>. The political map's single-threaded warning and the health score share it.</summary>
    public bool IsEngaged(DateTime now) => IsEngaged(RelationshipStrength.Value, LastInteractionAt, now);

    /// <summary><see cref="IsEngaged(DateTime)"/> over the raw facts, for projections that carry no entity.</summary>
    public static bool IsEngaged(int relationshipStrength, DateTime? lastInteractionAt, DateTime now) =>
        relationshipStrength >= EngagedRelationshipStrength
        || (lastInteractionAt is { } last && now - last <= EngagementWindow);

    /// <summary>Lets the title heuristic propose the scores from the current title. Like any proposal it only
    /// replaces heuristic scores, never a conversation signal or an override. Returns whether anything changed.</summary>
    public bool ApplyTitleHeuristic() =>
        TitleHeuristic.Propose(Title) is { } proposal
        && Score(proposal.DecisionPower, proposal.Influence, proposal.Relationship);

    /// <summary>Counts an interaction with the person.</summary>
    public void RecordInteraction(DateTime at)
    {
        InteractionCount++;
        LastInteractionAt = LastInteractionAt is { } last && last > at ? last : at;
    }

    private static StakeholderScore Take(StakeholderScore current, StakeholderScore? proposed) =>
        proposed is not null && current.YieldsTo(proposed) ? proposed : current;
}
