namespace DealDesk.Core.Plans;

/// <summary>An account plan: who the company is, our history with it, how we position ourselves, and which deals are
/// in play. Saved whole as a new version each time.</summary>
public sealed class AccountPlan
{
    /// <summary>Most key events the history holds.</summary>
    public const int MaxKeyEvents = 50;

    /// <summary>Most interaction summaries the history holds.</summary>
    public const int MaxInteractions = 20;

    /// <summary>Most active opportunities listed.</summary>
    public const int MaxActiveOpportunities = 100;

    /// <summary>Longest free text of a field.</summary>
    public const int TextMaxLength = 4000;

    /// <summary>Who the company is.</summary>
    public CompanyProfile Profile { get; set; } = new();

    /// <summary>Our history with the company.</summary>
    public RelationshipHistory History { get; set; } = new();

    /// <summary>How we position ourselves.</summary>
    public StrategicPositioning Positioning { get; set; } = new();

    /// <summary>The deals in play.</summary>
    public List<Guid> ActiveOpportunities { get; set; } = [];
}

/// <summary>Who the company is.</summary>
public sealed class CompanyProfile
{
    /// <summary>Industry.</summary>
    public string? Industry { get; set; }

    /// <summary>Size (employees, revenue).</summary>
    public string? Size { get; set; }

    /// <summary>Technologies they run.</summary>
    public string? TechStack { get; set; }

    /// <summary>How they make money.</summary>
    public string? BusinessModel { get; set; }

    /// <summary>What they are working towards.</summary>
    public string? StrategicInitiatives { get; set; }
}

/// <summary>Our history with the company.</summary>
public sealed class RelationshipHistory
{
    /// <summary>Key events (at most <see cref="AccountPlan.MaxKeyEvents"/>).</summary>
    public List<KeyEvent> KeyEvents { get; set; } = [];

    /// <summary>Interaction summaries (at most <see cref="AccountPlan.MaxInteractions"/>).</summary>
    public List<InteractionSummary> Interactions { get; set; } = [];

    /// <summary>How the relationship feels overall.</summary>
    public Sentiment OverallSentiment { get; set; }

    /// <summary>What we won.</summary>
    public string? Wins { get; set; }

    /// <summary>What we lost.</summary>
    public string? Losses { get; set; }
}

/// <summary>A key event in the relationship.</summary>
public sealed class KeyEvent
{
    /// <summary>When.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>What happened.</summary>
    public string Description { get; set; } = "";
}

/// <summary>A summary of one interaction.</summary>
public sealed class InteractionSummary
{
    /// <summary>When.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>How (call, email, meeting…).</summary>
    public string? Channel { get; set; }

    /// <summary>What was said.</summary>
    public string Summary { get; set; } = "";

    /// <summary>How it felt.</summary>
    public Sentiment Sentiment { get; set; }
}

/// <summary>How we position ourselves at the company.</summary>
public sealed class StrategicPositioning
{
    /// <summary>Who else is there and how they stand.</summary>
    public string? CompetitiveLandscape { get; set; }

    /// <summary>Where we could sell more.</summary>
    public string? WhitespaceOpportunities { get; set; }

    /// <summary>Why we fit their strategy.</summary>
    public string? StrategicFit { get; set; }
}
