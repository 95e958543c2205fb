using DealDesk.Data;
using DealDesk.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Support;

/// <summary>Hands services contexts of one fixed tenant scope, as if that user were signed in.</summary>
public sealed class FixedScopeContextFactory(DealDeskDatabase database, TenantScope scope)
    : IDbContextFactory<DealDeskDbContext>
{
    public DealDeskDbContext CreateDbContext() => database.CreateContext(scope);
}
