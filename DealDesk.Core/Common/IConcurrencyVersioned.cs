namespace DealDesk.Core.Common;

/// <summary>An entity edited by several people at once: saving with a stale <see cref="Version"/>
/// fails instead of silently overwriting someone else's change.</summary>
public interface IConcurrencyVersioned
{
    /// <summary>Opaque version token, renewed by the store on every save.</summary>
    byte[] Version { get; }
}
