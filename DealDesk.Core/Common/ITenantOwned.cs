namespace DealDesk.Core.Common;

/// <summary>A row of business data that belongs to exactly one workspace (the tenant).</summary>
/// <remarks>The data layer stamps <see cref="WorkspaceId"/> on insert and filters every query by it,
/// so domain code never sets or checks it by hand.</remarks>
public interface ITenantOwned
{
    /// <summary>The workspace that owns the row.</summary>
    Guid WorkspaceId { get; }
}
