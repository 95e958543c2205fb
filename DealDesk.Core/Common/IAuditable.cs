namespace DealDesk.Core.Common;

/// <summary>Rows whose creation and last change times are stamped by the data layer.</summary>
public interface IAuditable
{
    /// <summary>When the row was created (UTC).</summary>
    DateTime CreatedAt { get; }

    /// <summary>When the row was last changed (UTC).</summary>
    DateTime UpdatedAt { get; }
}
