namespace DealDesk.Core.Pipeline;

/// <summary>Whether a deal in a stage is still being worked or has closed.</summary>
public enum StageKind
{
    /// <summary>Being worked.</summary>
    Open = 0,

    /// <summary>Closed won.</summary>
    Won = 1,

    /// <summary>Closed lost.</summary>
    Lost = 2,
}
