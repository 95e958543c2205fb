namespace DealDesk.Core.Deals;

/// <summary>How urgently a deal should be worked.</summary>
public enum DealPriority
{
    /// <summary>Low.</summary>
    Low = 0,

    /// <summary>Medium, the default.</summary>
    Medium = 1,

    /// <summary>High.</summary>
    High = 2,
}
