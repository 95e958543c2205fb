namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>The three scores a stakeholder carries.</summary>
public enum StakeholderScoreKind
{
    /// <summary>How much the person decides.</summary>
    DecisionPower,

    /// <summary>How much the person sways others.</summary>
    Influence,

    /// <summary>How good our relationship with the person is.</summary>
    Relationship,
}
