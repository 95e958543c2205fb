using DealDesk.Core.Common;
using DealDesk.Data.Persistence.Tenancy;
namespace DealDesk.Tests.Support;

/// <summary>The acting user of a service under test, taken from a tenant scope.</summary>
public sealed class TestCurrentUser(TenantScope scope) : ICurrentUser
{
    public Guid? UserId { get; } = scope.UserId;

    public Guid? WorkspaceId { get; } = scope.WorkspaceId;

    public bool IsWorkspaceAdmin { get; } = scope.SeesAllCircles;
}
