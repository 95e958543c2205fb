namespace DealDesk.Core.Common;

/// <summary>Business data that belongs to a circle (team): only the circle's members and the
/// workspace's admins can see it.</summary>
public interface ICircleOwned : ITenantOwned
{
    /// <summary>The circle the row belongs to.</summary>
    Guid CircleId { get; }
}
