namespace DealDesk.Core.Common;

/// <summary>Base of every persisted entity: a client-generated, time-ordered id.</summary>
/// <remarks>Ids are created here (UUID v7) rather than by the database so that a batch of
/// related rows can be inserted without a round trip per row, and so that new ids sort by time.</remarks>
public abstract class Entity
{
    /// <summary>The entity's identity.</summary>
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}
