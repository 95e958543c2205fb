namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>The parts a person plays in a buying decision; one person often plays several at once.</summary>
[Flags]
public enum StakeholderRoles
{
    /// <summary>No role known yet.</summary>
    None = 0,

    /// <summary>Signs off the purchase (the economic buyer).</summary>
    DecisionMaker = 1,

    /// <summary>Shapes the decision without making it.</summary>
    Influencer = 2,

    /// <summary>Sells for us inside the account.</summary>
    Champion = 4,

    /// <summary>Works against the deal.</summary>
    Blocker = 8,

    /// <summary>Will use the product.</summary>
    User = 16,

    /// <summary>Controls access to the people who decide.</summary>
    Gatekeeper = 32,
}
